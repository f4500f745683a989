/* Material's bundle (search, palette switch, header title) runs on the visitor's first
   interaction, not while the page loads: reading needs no script, and a phone's main thread
   stays free while the page first renders. A click or tap on a link leaves the page and starts
   nothing; Tab and any other key, pointer or focus do.

   The bundle starts its components on DOMContentLoaded. When it arrives later than that event,
   the event is sent once more after the bundle has run. What the first interaction meant for
   the bundle is passed on to it: a palette switch made while it was loading, and a key that
   started it (Material's shortcuts: / or s for the search). */
(function () {
  "use strict";
  var loader = document.currentScript;
  var interactions = ["pointerdown", "keydown", "focusin", "touchstart"];
  var documentLoaded = false;
  var started = false;
  var paletteChoice = null;
  var firstKey = null;

  function rememberPaletteChoice(event) {
    if (event.target.name === "__palette") paletteChoice = event.target;
  }

  function start(event) {
    if (started || (event.target.closest && event.target.closest("a[href]") && event.type !== "keydown")) return;
    started = true;
    if (event.type === "keydown" && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      firstKey = event.key;
    }
    interactions.forEach(function (type) {
      removeEventListener(type, start, true);
    });
    var bundle = document.createElement("script");
    bundle.src = loader.getAttribute("data-bundle");
    bundle.onload = function () {
      document.removeEventListener("change", rememberPaletteChoice, true);
      if (documentLoaded) document.dispatchEvent(new Event("DOMContentLoaded", { bubbles: true }));
      if (paletteChoice) paletteChoice.dispatchEvent(new Event("change", { bubbles: true }));
      if (firstKey) document.dispatchEvent(new KeyboardEvent("keydown", { key: firstKey, bubbles: true }));
    };
    document.body.appendChild(bundle);
  }

  document.addEventListener("DOMContentLoaded", function () {
    documentLoaded = true;
  }, { once: true });
  document.addEventListener("change", rememberPaletteChoice, true);
  interactions.forEach(function (type) {
    addEventListener(type, start, { capture: true, passive: true });
  });
})();
