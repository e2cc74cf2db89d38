// The search page: finds briefings, articles, people, organisations and glossary terms in
// the index that dossier writes at build time (search-index.js, loaded before this file).
// No network requests: it works from any static server and from a page opened from disk.
(function () {
  "use strict";

  var index = window.dossierSearchIndex;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var noScriptNote = document.getElementById("search-needs-javascript");
  if (!index || !form || !input || !status || !list) return;
  if (noScriptNote) noScriptNote.hidden = true;

  // Case, accents and curly quotes do not matter: "Louise Casey’s" finds "Casey's".
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'").toLowerCase();
  }

  var folded = index.map(function (entry) {
    return { title: fold(entry.title), text: fold(entry.text), other: fold(entry.meta + " " + (entry.keywords || "")) };
  });

  // Every word of the query must appear; title matches count most, then briefings first.
  var kindWeight = { Briefing: 4, Person: 3, Organisation: 3, Glossary: 2, Article: 1 };

  function search(query) {
    var words = fold(query).split(/\s+/).filter(function (word) { return word.length > 0; });
    if (words.length === 0) return [];
    var results = [];
    index.forEach(function (entry, position) {
      var target = folded[position];
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var word = words[i];
        var inTitle = target.title.indexOf(word) !== -1;
        var inText = target.text.indexOf(word) !== -1 || target.other.indexOf(word) !== -1;
        if (!inTitle && !inText) return;
        score += inTitle ? 10 : 1;
      }
      results.push({ entry: entry, score: score * 10 + (kindWeight[entry.kind] || 0), position: position });
    });
    results.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    return results.map(function (result) { return result.entry; });
  }

  // About 30 words of the text around the first matching word, with every match marked.
  function excerpt(text, words) {
    var foldedText = fold(text);
    var first = -1;
    words.forEach(function (word) {
      var at = foldedText.indexOf(word);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    });
    if (first === -1) return document.createTextNode(text.slice(0, 200) + (text.length > 200 ? "…" : ""));
    var start = Math.max(0, text.lastIndexOf(" ", Math.max(0, first - 80)) + 1);
    var end = text.indexOf(" ", Math.min(text.length, first + 160));
    if (end === -1) end = text.length;
    var part = text.slice(start, end);
    var foldedPart = foldedText.slice(start, end);
    var fragment = document.createDocumentFragment();
    if (start > 0) fragment.appendChild(document.createTextNode("…"));
    var position = 0;
    while (position < part.length) {
      var next = -1, length = 0;
      words.forEach(function (word) {
        var at = foldedPart.indexOf(word, position);
        if (at !== -1 && (next === -1 || at < next)) { next = at; length = word.length; }
      });
      if (next === -1) break;
      fragment.appendChild(document.createTextNode(part.slice(position, next)));
      var mark = document.createElement("mark");
      mark.textContent = part.slice(next, next + length);
      fragment.appendChild(mark);
      position = next + length;
    }
    fragment.appendChild(document.createTextNode(part.slice(position) + (end < text.length ? "…" : "")));
    return fragment;
  }

  function show(query) {
    list.textContent = "";
    var trimmed = query.trim();
    if (!trimmed) {
      status.textContent = "";
      return;
    }
    var words = fold(trimmed).split(/\s+/);
    var results = search(trimmed);
    status.textContent = results.length === 0
      ? "No results for “" + trimmed + "”. Check the spelling, or try fewer or other words."
      : results.length + (results.length === 1 ? " result" : " results") + " for “" + trimmed + "”";
    document.title = (results.length ? "Search results for “" + trimmed + "”" : "No results for “" + trimmed + "”") +
      " – " + document.title.split(" – ").slice(1).join(" – ");
    results.forEach(function (entry) {
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = entry.url;
      link.textContent = entry.title;
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = entry.kind + (entry.meta ? " · " + entry.meta : "");
      item.appendChild(meta);
      if (entry.text) {
        var text = document.createElement("p");
        text.appendChild(excerpt(entry.text, words));
        item.appendChild(text);
      }
      list.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
})();
