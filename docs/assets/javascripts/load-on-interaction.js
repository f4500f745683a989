/* Material's bundle (palette switch, header title, navigation drawer) runs on the visitor's first
   interaction, not while the page loads: reading needs no script, and a phone's main thread
   stays free while the page first renders. A click or tap on a link leaves the page and starts
   nothing; Tab and any other key, pointer or focus do.

   The bundle starts its components on DOMContentLoaded. When it arrives later than that event,
   the event is sent once more after the bundle has run. A palette switch made while it was
   loading is passed on to it.

   The "/" key leads to the search: into its field on the search page, to the search page of
   the page's language (the header's search link) anywhere else. */
(function () {
  "use strict";
  var loader = document.currentScript;
  var interactions = ["pointerdown", "keydown", "focusin", "touchstart"];
  var documentLoaded = false;
  var started = false;
  var paletteChoice = null;

  function editable(element) {
    return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
  }

  function rememberPaletteChoice(event) {
    if (event.target.name === "__palette") paletteChoice = event.target;
  }

  function start(event) {
    if (started || (event.target.closest && event.target.closest("a[href]") && event.type !== "keydown")) return;
    started = true;
    interactions.forEach(function (type) {
      removeEventListener(type, start, true);
    });
    var bundle = document.createElement("script");
    bundle.src = loader.getAttribute("data-bundle");
    bundle.onload = function () {
      document.removeEventListener("change", rememberPaletteChoice, true);
      if (documentLoaded) document.dispatchEvent(new Event("DOMContentLoaded", { bubbles: true }));
      if (paletteChoice) paletteChoice.dispatchEvent(new Event("change", { bubbles: true }));
    };
    document.body.appendChild(bundle);
  }

  function searchShortcut(event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || editable(event.target)) return;
    var field = document.getElementById("search-query");
    // The 404 page has a link per language, of which one is shown.
    var link = Array.prototype.find.call(document.querySelectorAll("[data-search-link]"), function (a) {
      return a.offsetParent !== null;
    });
    if (!field && !link) return;
    event.preventDefault();
    if (field) {
      field.focus();
    } else {
      // Leaving the page: no bundle to start here.
      event.stopImmediatePropagation();
      location.href = link.href + "#search-query";
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    documentLoaded = true;
  }, { once: true });
  document.addEventListener("change", rememberPaletteChoice, true);
  // Before the listeners that start the bundle, so that it can keep a key that leaves the page from them.
  addEventListener("keydown", searchShortcut, true);
  interactions.forEach(function (type) {
    addEventListener(type, start, { capture: true, passive: true });
  });
})();
