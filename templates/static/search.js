// Starts Pagefind's search interface on the search page, runs the query from the header form
// (?q=…), and repeats each result summary in a live region so screen readers announce it.
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI === "undefined") return;
  // A large archive's index comes in shards: the others are merged in at query time.
  var shards = (root.getAttribute("data-merge") || "").split(" ").filter(Boolean);
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: root.getAttribute("data-bundle"),
    mergeIndex: shards.map(function (path) { return { bundlePath: path }; }),
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
});
