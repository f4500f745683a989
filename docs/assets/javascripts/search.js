/* The search page: Pagefind's index of the page's own language (it reads <html lang>), queried
   as the visitor types, the results as a list of links, the count announced in a live region.
   Loaded only on the search page, so no other page's first view carries it. Without
   JavaScript the page says that search needs it and points to the archive. */
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.querySelector("[data-search]");
  var field = form && form.querySelector("input[type=search]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  if (!field || !status || !list) return;
  var bundleUrl = new URL(script.getAttribute("data-bundle"), location.href);
  // Pagefind's result addresses start at the site's root; the site may live under a path.
  var siteRoot = bundleUrl.pathname.replace(/pagefind\/pagefind\.js$/, "");
  var pagefind = null;
  var latest = 0;

  function say(text) {
    status.textContent = text;
  }

  function counted(n) {
    var key = n === 0 ? "none" : n === 1 ? "one" : "other";
    return form.getAttribute("data-count-" + key).replace("{n}", String(n));
  }

  function load() {
    if (!pagefind) {
      pagefind = import(bundleUrl.href).then(function (module) {
        return module.options({ baseUrl: siteRoot, excerptLength: 24 }).then(function () {
          return module;
        });
      });
    }
    return pagefind;
  }

  function item(data) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    var excerpt = document.createElement("p");
    // Pagefind's excerpt is the page's text, HTML-escaped, with <mark> around the words found.
    excerpt.innerHTML = data.excerpt;
    li.appendChild(link);
    li.appendChild(excerpt);
    return li;
  }

  function run() {
    var query = field.value.trim();
    var ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      say("");
      return;
    }
    load()
      .then(function (module) {
        return module.debouncedSearch(query, {}, 150);
      })
      .then(function (search) {
        // null: a later keystroke replaced this search.
        if (!search || ticket !== latest) return null;
        return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); })).then(function (pages) {
          if (ticket !== latest) return;
          list.replaceChildren.apply(list, pages.map(item));
          say(counted(search.results.length));
        });
      })
      .catch(function () {
        say(form.getAttribute("data-failed"));
      });
  }

  say("");
  field.addEventListener("input", run);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  // A query in the address (?q=…, the form sent without script or a shared link) is searched at once.
  var given = new URLSearchParams(location.search).get("q");
  if (given) {
    field.value = given;
    run();
  }
  // Reached by the "/" shortcut of every other page (load-on-interaction.js): straight into the field.
  if (given || location.hash === "#" + field.id) field.focus();
})();
