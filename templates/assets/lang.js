// Language choice for the two pages that belong to no language.
// index.html: send readers whose browser prefers English to /en/, everyone else to where the meta refresh points
// (the default language). The refresh is for readers without JavaScript: browsers may delay it, or let users turn it off.
// 404.html: lead with the language of the path that was asked for (/en/… → English first).
(function () {
  "use strict";
  function basePath() {
    return document.body ? document.body.getAttribute("data-base-path") || "/" : "/";
  }
  var path = window.location.pathname;
  var refresh = document.querySelector('meta[http-equiv="refresh"]');
  if (refresh) {
    var langs = navigator.languages || [navigator.language || ""];
    var first = String(langs[0] || "").toLowerCase();
    if (first.indexOf("en") === 0) {
      // Root page: base path is the folder of this page.
      var root = path.endsWith("/") ? path : path.replace(/[^/]*$/, "");
      window.location.replace(root + "en/");
    } else {
      var target = /url=(.+)$/i.exec(refresh.getAttribute("content") || "");
      if (target) window.location.replace(target[1]);
    }
    return;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var rest = path.indexOf(basePath()) === 0 ? path.slice(basePath().length) : path.replace(/^\//, "");
    if (rest.indexOf("en/") !== 0 && rest !== "en") return;
    var english = document.querySelector('[data-lang="en"]');
    if (english && english.parentNode) {
      english.parentNode.insertBefore(english, english.parentNode.firstChild);
      document.documentElement.lang = "en";
    }
  });
})();
