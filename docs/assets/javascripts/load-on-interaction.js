/* Material's bundle (search, palette switch, header title) runs on the visitor's first
   interaction, not while the page loads: reading needs no script, and a phone's main thread
   stays free while the page first renders. A click or tap on a link leaves the page and starts
   nothing; Tab and any other key, pointer or focus do.

   The bundle starts its components on DOMContentLoaded. When it arrives later than that event,
   the event is sent once more after the bundle has run. What the first interaction meant for
   the bundle is passed on to it: a palette switch made while it was loading, a key that
   started it (Material's shortcuts: / or s for the search), and the letters typed after that
   key while the bundle was loading, which go into the search field once the key has opened it. */
(function () {
  "use strict";
  var loader = document.currentScript;
  var interactions = ["pointerdown", "keydown", "focusin", "touchstart"];
  var documentLoaded = false;
  var started = false;
  var paletteChoice = null;
  var firstKey = null;
  var typedAhead = "";

  function editable(element) {
    return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
  }

  function printable(event) {
    return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
  }

  // Letters typed outside a form field while the bundle loads; a key of any other kind ends them.
  function rememberTypedAhead(event) {
    if (!printable(event) || editable(event.target)) {
      removeEventListener("keydown", rememberTypedAhead, true);
    } else {
      typedAhead += event.key;
    }
  }

  function rememberPaletteChoice(event) {
    if (event.target.name === "__palette") paletteChoice = event.target;
  }

  function start(event) {
    if (started || (event.target.closest && event.target.closest("a[href]") && event.type !== "keydown")) return;
    started = true;
    if (event.type === "keydown" && printable(event)) {
      firstKey = event.key;
      // On window, where this key is being handled: a listener added there hears only later keys.
      if (!editable(event.target)) addEventListener("keydown", rememberTypedAhead, true);
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
      removeEventListener("keydown", rememberTypedAhead, true);
      if (firstKey) document.dispatchEvent(new KeyboardEvent("keydown", { key: firstKey, bubbles: true }));
      var field = document.activeElement;
      if (typedAhead && field && field.matches("[data-md-component=search-query]")) {
        field.value += typedAhead;
        field.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true })); // Material reads the query on keyup
      }
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
