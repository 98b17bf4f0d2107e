/* dossier search: the box in the header of every page, its results panel, and search.html (?q=TERMS runs on load).
   The index is made by the build (search/index.js, search/t-L.js for the terms starting with L, search/dN.js for documents, compressed) and loaded
   on demand with <script> tags, so search works from file:// as well as from a server. Every text shown comes from
   the articles and is untrusted: results are built from DOM nodes and textContent only, never innerHTML. */
(function () {
  "use strict";

  var MAX_RESULTS = 20;          // results shown for a query
  var PHRASE_CANDIDATES = 400;   // documents read to check a quoted phrase before giving up
  var PHRASE_BATCH = 30;         // documents read at a time for a phrase (most matches of the words contain it)
  var KIND_LABELS = ["Person", "Topic", "Figure row", "Source", "Quote", "Sentence"];

  // ---- Normalisation: mirrors SearchNormaliser.swift and PluralFold.swift exactly (see their comments). ----
  var APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\uFF07]/g;
  var DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\uFF02]/g;
  var WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
  var MARKS = /\p{M}/gu;

  function straightened(text) {
    return text.replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"');
  }

  function prepared(text) {
    return straightened(text).toLowerCase().normalize("NFKD").replace(MARKS, "").replace(/\u03C2/g, "\u03C3");
  }

  function pluralFold(word) {
    var letters = Array.from(word);
    var count = letters.length;
    if (count < 4 || letters[count - 1] !== "s") return word;
    if (count >= 5 && word.endsWith("ies")) return word.slice(0, -3) + "y";
    if (word.endsWith("sses")) return word.slice(0, -2);
    var beforeLast = letters[count - 2];
    if (beforeLast === "s" || beforeLast === "u" || beforeLast === "i") return word;
    return word.slice(0, -1);
  }

  function term(word) {
    if (word.indexOf("'") >= 0) {
      if (word.endsWith("'s")) word = word.slice(0, -2);
      word = word.replace(/'/g, "");
    }
    return pluralFold(word);
  }

  /** The search terms of a text, in order. */
  function normalise(text) {
    var words = prepared(text).match(WORD) || [];
    return words.map(term).filter(function (word) { return word.length > 0; });
  }

  /** The shard a term lives in: its first two characters, a-z and 0-9 as they are, anything else `_`. */
  function shardKey(word) {
    return Array.from(word).slice(0, 2).map(function (c) { return /[a-z0-9]/.test(c) ? c : "_"; }).join("");
  }

  // ---- The index: script files that call window.dossierSearch. ----
  var root = "";
  var loading = {};
  var waiting = {};

  function settle(name, value) {
    if (waiting[name]) waiting[name](value);
    delete waiting[name];
  }

  window.dossierSearch = {
    meta: function (meta) { settle("index", meta); },
    // A term file holds one packed shard per two-letter key; a shard is inflated when a query first reads it, so
    // that loading the file ahead (see `prefetchTerms`) costs little.
    terms: function (letter, packedShards) { settle("t-" + letter, packedShards); },
    docs: function (number, packed) {
      settle("d" + number, inflate(packed).then(function (parsed) { return { sources: parsed[0], rows: parsed[1] }; }));
    },
    normalise: normalise
  };

  /** Base64 to bytes: natively where the browser can, else a plain loop (a mapping callback per byte was most of the
      cost of a first search). */
  function base64Bytes(packed) {
    if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(packed);
    var text = atob(packed);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  /** An index file's JSON, compressed with raw DEFLATE and written in base64 by the build. */
  function inflate(packed) {
    var inflater = new DecompressionStream("deflate-raw");
    var writer = inflater.writable.getWriter();
    writer.write(base64Bytes(packed));
    writer.close();
    return new Response(inflater.readable).text().then(JSON.parse);
  }

  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        waiting[name] = resolve;
        var script = document.createElement("script");
        script.src = root + "search/" + name + ".js";
        script.onerror = function () {
          delete loading[name];
          reject(new Error("the search index file " + script.src + " could not be loaded"));
        };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  var inflated = {};
  /** The terms starting with `key`, as {term: entry}. */
  function shard(key) {
    return load("t-" + key.charAt(0)).then(function (packedShards) {
      if (!inflated[key]) inflated[key] = inflate(packedShards[key]);
      return inflated[key];
    });
  }

  /** While a first letter is typed (too short to search), the term file of the words it starts is loaded but not
      inflated, so that the next keystroke finds it in the page. */
  function prefetchTerms(letter) {
    var first = shardKey(letter);
    return load("index").then(function (meta) {
      if (meta.shards.some(function (key) { return key.charAt(0) === first; })) return load("t-" + first);
    }).catch(function () {});
  }

  /** A word's entry in a shard, if it has one (not a property every object has, such as `constructor`). */
  function entryOf(shard, word) {
    return Object.prototype.hasOwnProperty.call(shard, word) ? shard[word] : null;
  }

  var decoded = Object.create(null);
  /** Postings are the gaps between document numbers, in base 36, before any lemma terms (`0,4>say`). */
  function postings(shard, key, word) {
    var id = key + " " + word;
    if (!decoded[id]) {
      var entry = entryOf(shard, word);
      var numbers = [];
      if (entry) {
        var end = entry.indexOf(">");
        if (end < 0) end = entry.length;
        // Base 36 read by hand: digits 0-9 (48-57), then a-z (97-122); a comma (44) ends a gap.
        var previous = 0, gap = 0;
        for (var i = 0; i < end; i++) {
          var code = entry.charCodeAt(i);
          if (code === 44) { previous += gap; numbers.push(previous); gap = 0; }
          else gap = gap * 36 + (code <= 57 ? code - 48 : code - 87);
        }
        numbers.push(previous + gap);
      }
      decoded[id] = numbers;
    }
    return decoded[id];
  }

  /** The lemma terms the build gave a word whose lemma is another term (`said` → [`say`]): their documents hold
      every inflection the corpus uses, this one included. */
  function lemmaTerms(shard, word) {
    var entry = entryOf(shard, word);
    return entry && entry.indexOf(">") >= 0 ? entry.split(">").slice(1) : [];
  }

  /** The sorted union of two sorted lists. */
  function union(left, right) {
    var out = [];
    var i = 0, j = 0;
    while (i < left.length || j < right.length) {
      if (j >= right.length || (i < left.length && left[i] < right[j])) out.push(left[i++]);
      else if (i >= left.length || right[j] < left[i]) out.push(right[j++]);
      else { out.push(left[i]); i++; j++; }
    }
    return out;
  }

  function intersect(left, right) {
    var out = [];
    var i = 0, j = 0;
    while (i < left.length && j < right.length) {
      if (left[i] === right[j]) { out.push(left[i]); i++; j++; }
      else if (left[i] < right[j]) i++;
      else j++;
    }
    return out;
  }

  var prefixed = Object.create(null);
  /** Every document with a term that starts with `prefix` (the word being typed), in order. */
  function prefixPostings(shard, key, prefix, documentCount) {
    if (prefixed[prefix]) return prefixed[prefix];
    var seen = new Uint8Array(documentCount);
    Object.keys(shard).forEach(function (word) {
      if (word.lastIndexOf(prefix, 0) === 0) postings(shard, key, word).forEach(function (n) { seen[n] = 1; });
    });
    var out = [];
    for (var n = 0; n < documentCount; n++) if (seen[n]) out.push(n);
    prefixed[prefix] = out;
    return out;
  }

  /** `"direct talks" hamas` → terms [direct, talk, hama], phrases [[direct, talk]]; the last word is a prefix while typed. */
  function parseQuery(query) {
    var text = straightened(query);
    var phrases = [];
    var words = normalise(text.replace(/"([^"]*)"?/g, function (_, phrase) {
      var terms = normalise(phrase);
      if (terms.length > 1) phrases.push(terms);
      return " " + phrase + " ";
    }));
    var unique = words.filter(function (word, index) { return words.indexOf(word) === index; });
    var typing = /[\p{L}\p{N}]$/u.test(text) && unique.length > 0 && unique[unique.length - 1] === words[words.length - 1];
    // `iraq w`: a single letter just typed after other words would match almost everything; wait for the next one.
    if (typing && unique.length > 1 && Array.from(unique[unique.length - 1]).length < 2) {
      unique.pop();
      typing = false;
    }
    return { terms: unique, phrases: phrases, prefix: typing ? unique[unique.length - 1] : null, lemmas: [] };
  }

  function documentAt(number, meta) {
    return load("d" + Math.floor(number / meta.chunk)).then(function (chunk) {
      var row = chunk.rows[number % meta.chunk];
      var kind = row[0];
      if (kind === 4 || kind === 5) {
        var source = chunk.sources[row[1]];
        return { kind: kind, title: source[1], url: source[0] + "#" + row[2], snippet: row[3], speaker: row[4] || null };
      }
      return { kind: kind, title: row[1], url: row[2], snippet: row[3], speaker: null };
    });
  }

  function containsPhrases(result, phrases) {
    if (!phrases.length) return true;
    var text = " " + normalise(result.title + " " + (result.speaker || "") + " " + result.snippet).join(" ") + " ";
    return phrases.every(function (phrase) { return text.indexOf(" " + phrase.join(" ") + " ") >= 0; });
  }

  /** The first matches that contain the query's quoted phrases, read a batch at a time until there are enough. */
  function withPhrases(matches, meta, parsed) {
    var found = [];
    var end = Math.min(matches.length, PHRASE_CANDIDATES);
    function next(start) {
      if (found.length >= MAX_RESULTS || start >= end) return Promise.resolve(found.slice(0, MAX_RESULTS));
      var batch = matches.slice(start, Math.min(end, start + PHRASE_BATCH));
      return Promise.all(batch.map(function (n) { return documentAt(n, meta); })).then(function (documents) {
        documents.forEach(function (d) { if (containsPhrases(d, parsed.phrases)) found.push(d); });
        return next(start + PHRASE_BATCH);
      });
    }
    return next(0);
  }

  /** Runs a query: {results (promises of documents, in order), total, parsed}. Documents are numbered in ranking
      order, so the first matches are the best. A single letter being typed is not searched yet (it matches too much). */
  function search(query) {
    var parsed = parseQuery(query);
    var none = { results: [], total: 0, parsed: parsed };
    if (!parsed.terms.length) return Promise.resolve(none);
    if (parsed.terms.length === 1 && parsed.prefix && Array.from(parsed.prefix).length < 2) {
      none.tooShort = true;
      prefetchTerms(parsed.prefix);
      return Promise.resolve(none);
    }
    return load("index").then(function (meta) {
      var shards = new Set(meta.shards);
      /** A word's documents: those of the term, or of every term it starts while typed, and of its lemma terms. */
      function documentsOf(word) {
        var key = shardKey(word);
        if (!shards.has(key)) return Promise.resolve([]);
        return shard(key).then(function (terms) {
          var own = word === parsed.prefix && Array.from(word).length >= 2 ? prefixPostings(terms, key, word, meta.documents) : postings(terms, key, word);
          var lemmas = lemmaTerms(terms, word).filter(function (lemma) { return shards.has(shardKey(lemma)); });
          parsed.lemmas = parsed.lemmas.concat(lemmas);
          return Promise.all(lemmas.map(function (lemma) {
            return shard(shardKey(lemma)).then(function (lemmaShard) { return postings(lemmaShard, shardKey(lemma), lemma); });
          })).then(function (lists) { return lists.reduce(union, own); });
        });
      }
      return Promise.all(parsed.terms.map(documentsOf)).then(function (lists) {
        lists.sort(function (a, b) { return a.length - b.length; });
        var matches = lists.reduce(intersect);
        if (!parsed.phrases.length) {
          var first = matches.slice(0, MAX_RESULTS).map(function (n) { return documentAt(n, meta); });
          return { results: first, total: matches.length, parsed: parsed };
        }
        return withPhrases(matches, meta, parsed).then(function (results) {
          return { results: results.map(function (d) { return Promise.resolve(d); }), total: results.length, parsed: parsed };
        });
      });
    });
  }

  // ---- Showing results: DOM nodes and textContent only. ----
  function isQueryWord(word, parsed) {
    return normalise(word).some(function (t) {
      return parsed.terms.indexOf(t) >= 0 || parsed.lemmas.indexOf(t) >= 0 || (parsed.prefix && t.lastIndexOf(parsed.prefix, 0) === 0);
    });
  }

  /** The text with the query's words in <mark>. */
  function marked(text, parsed) {
    var fragment = document.createDocumentFragment();
    var pattern = /[\p{L}\p{N}\p{M}]+(?:['\u2018\u2019\u02BC][\p{L}\p{N}\p{M}]+)*/gu;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (!isQueryWord(match[0], parsed)) continue;
      fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      fragment.appendChild(mark);
      last = match.index + match[0].length;
    }
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function resultItem(result, parsed) {
    var item = document.createElement("li");
    item.setAttribute("role", "option");
    item.className = "search-result kind-" + result.kind;
    var link = document.createElement("a");
    link.href = root + result.url;
    var kind = document.createElement("span");
    kind.className = "search-kind";
    kind.textContent = KIND_LABELS[result.kind];
    var title = document.createElement("span");
    title.className = "search-title";
    title.appendChild(marked(result.speaker ? result.speaker + ", in " + result.title : result.title, parsed));
    link.appendChild(kind);
    link.appendChild(document.createTextNode(" "));
    link.appendChild(title);
    if (result.snippet) {
      var snippet = document.createElement("p");
      snippet.className = "search-snippet";
      snippet.appendChild(marked(result.kind === 4 ? "\u201C" + result.snippet + "\u201D" : result.snippet, parsed));
      link.appendChild(snippet);
    }
    item.appendChild(link);
    return item;
  }

  /** A box wired to a results list: runs the query as you type, arrows move, Enter opens. */
  function attach(input, list, status, onShow) {
    var sequence = 0;
    var active = -1;

    function setActive(index) {
      var items = list.children;
      if (!items.length) return;
      active = (index + items.length) % items.length;
      for (var i = 0; i < items.length; i++) {
        items[i].classList.toggle("active", i === active);
        items[i].setAttribute("aria-selected", i === active ? "true" : "false");
      }
      items[active].scrollIntoView({ block: "nearest" });
    }

    /** Shows `results` (the first of the query's, in order), adding to the list from `from` on (0 starts it again). */
    function show(results, found, query, complete, from) {
      if (from === 0) {
        list.textContent = "";
        active = -1;
      }
      results.slice(from).forEach(function (result) { list.appendChild(resultItem(result, found.parsed)); });
      list.setAttribute("aria-busy", complete ? "false" : "true");
      var count = found.results.length;
      status.textContent = found.tooShort ? "Type one more letter." : !found.parsed.terms.length ? ""
        : count === 0 ? "No results for \u201C" + query + "\u201D."
        : found.total > count ? "The first " + count + " of " + found.total + " results."
        : count + (count === 1 ? " result." : " results.");
      if (onShow) onShow(found.parsed.terms.length > 0);
    }

    /** Shows the results in order as their documents come in: the first as soon as it is in, each next one after it. */
    function run(started) {
      var query = input.value;
      var mine = ++sequence;
      search(query).then(function (found) {
        if (mine !== sequence) return;
        var loaded = [];
        var shown = -1;
        function reveal() {
          var ready = 0;
          while (ready < found.results.length && loaded[ready]) ready++;
          if (ready <= shown || (ready === 0 && found.results.length > 0)) return;
          show(loaded.slice(0, ready), found, query, ready === found.results.length, Math.max(shown, 0));
          if (shown < 0) {
            document.dispatchEvent(new CustomEvent("dossier-search-results", {
              detail: { query: query, count: ready, total: found.total, milliseconds: performance.now() - started }
            }));
          }
          shown = ready;
        }
        reveal();
        return Promise.all(found.results.map(function (pending, index) {
          return pending.then(function (result) {
            if (mine !== sequence) return;
            loaded[index] = result;
            reveal();
          });
        }));
      }).catch(function (error) {
        if (mine === sequence) status.textContent = "Search failed: " + error.message;
      });
    }

    input.addEventListener("input", function () { run(performance.now()); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); setActive(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); setActive(active - 1); }
      else if (event.key === "Enter" && active >= 0 && list.children[active]) {
        event.preventDefault();
        window.location.href = list.children[active].querySelector("a").href;
      } else if (event.key === "Escape" && onShow) { onShow(false); }
    });
    return run;
  }

  function start() {
    var form = document.querySelector("form.site-search");
    if (!form) return;
    root = form.getAttribute("data-root") || "";
    var header = form.querySelector("input");
    var pageBox = document.getElementById("search-query");
    var box = pageBox || header;
    // The index's first file and the first documents (people, topics, figure rows) are small: fetch them when search
    // is about to be used, not on the first keystroke.
    var preload = function () { load("index").then(function () { return load("d0"); }).catch(function () {}); };
    if (pageBox) preload();
    else header.addEventListener("focus", preload, { once: true });

    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    });

    if (pageBox) {
      var run = attach(pageBox, document.getElementById("search-results"), document.getElementById("search-status"), null);
      pageBox.form.addEventListener("submit", function (event) { event.preventDefault(); run(performance.now()); });
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) {
        pageBox.value = query;
        header.value = query;
        run(performance.now());
      }
      return;
    }

    var panel = document.createElement("div");
    panel.className = "search-panel";
    panel.hidden = true;
    var status = document.createElement("p");
    status.className = "search-status";
    status.setAttribute("role", "status");
    var list = document.createElement("ol");
    list.className = "search-results";
    list.setAttribute("role", "listbox");
    panel.appendChild(status);
    panel.appendChild(list);
    form.appendChild(panel);
    attach(header, list, status, function (show) { panel.hidden = !show; });
    document.addEventListener("click", function (event) { if (!form.contains(event.target)) panel.hidden = true; });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
