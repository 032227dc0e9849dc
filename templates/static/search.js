// Starts Pagefind's search interface on the search page, runs the query from the header form
// (?q=…), and repeats each result summary in a live region so screen readers announce it.
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI === "undefined") return;
  var bundle = root.getAttribute("data-bundle");
  // A large archive's index comes in shards: the others are merged in at query time.
  var shards = (root.getAttribute("data-merge") || "").split(" ").filter(Boolean);
  // Pagefind's UI shows the filters that its first results carry, and those lack every filter
  // whose index had not arrived yet; a reader would not see them until searching again. So the
  // index, its shards and all their filters are loaded first, into the one Pagefind module the
  // UI imports from the same address.
  import(bundle + "pagefind.js")
    .then(function (pagefind) {
      return shards
        .reduce(function (merged, path) { return merged.then(function () { return pagefind.mergeIndex(path); }); },
          Promise.resolve())
        .then(function () { return pagefind.filters(); });
    })
    .catch(function (error) { console.error("Search index could not be loaded:", error); })
    .then(start);

  function start() {
    var ui = new PagefindUI({
      element: "#search",
      bundlePath: bundle,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: { placeholder: "Search the archive" }
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
    var status = document.getElementById("search-status");
    new MutationObserver(function () {
      var message = root.querySelector(".pagefind-ui__message");
      if (message && status.textContent !== message.textContent) status.textContent = message.textContent;
    }).observe(root, { childList: true, subtree: true, characterData: true });
  }
});
