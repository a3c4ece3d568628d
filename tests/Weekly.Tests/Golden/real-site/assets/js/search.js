/*
 * Search over the static index written at build time (docs/search-index.md): no server,
 * no libraries. Loads /search/index.json, then only the shards the query's words need and the chunks
 * of stories it shows. Normalisation and tokens must match src/Weekly/Search/SearchText.cs:
 * lower case, NFKD, combining marks dropped; runs of letters/digits; each CJK character a token.
 * Queries: words (all must match; the last one also matches as a prefix while typing), "quoted
 * phrases" (adjacent words), and runs of CJK characters (searched as phrases).
 */
(function () {
  'use strict';

  var form = document.querySelector('.search-form');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var PAGE = 30;

  var manifest = null;
  var shardSet = null;
  var splitSet = null;
  var cache = new Map();   // url -> Promise of parsed JSON
  var shown = [];          // ids of the current results
  var shownCount = 0;
  var generation = 0;      // drops the answers of superseded queries

  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff]/;
  var TOKEN = /[\p{L}\p{N}]+/gu;

  function normalize(text) {
    return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  }

  /* Tokens of already normalised text, each { t: token, cjk: bool }. */
  function tokens(text) {
    var out = [];
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      var run = '';
      for (var ch of m[0]) {
        if (CJK.test(ch)) {
          if (run) { out.push({ t: run, cjk: false }); run = ''; }
          out.push({ t: ch, cjk: true });
        } else {
          run += ch;
        }
      }
      if (run) out.push({ t: run, cjk: false });
    }
    return out;
  }

  /* The shard that holds key k: from the root, extend the name while it is split and k is longer. */
  function shardOf(k) {
    var name = '';
    while (splitSet.has(name) && k.length > name.length) name = k.slice(0, name.length + 1);
    return name;
  }

  function fileName(name) {
    if (!name) return '_';
    var out = '';
    for (var i = 0; i < name.length; i++) {
      var c = name.charAt(i);
      if (/[a-z0-9]/.test(c)) out += c;
      else if (c === ' ') out += '-';
      else out += '_' + name.charCodeAt(i).toString(16) + '_';
    }
    /* Windows device names get a '_', as the build names those shards (SearchShards.FileName). */
    return /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/.test(out) ? out + '_' : out;
  }

  /* The query as terms: { words: [..] } for a phrase of n tokens, { words: [w], prefix: bool } for a word. */
  function parse(query) {
    var terms = [];
    var parts = query.split('"');
    for (var i = 0; i < parts.length; i++) {
      var toks = tokens(normalize(parts[i]));
      if (i % 2 === 1) {
        if (toks.length) terms.push({ words: toks.map(function (x) { return x.t; }) });
        continue;
      }
      var j = 0;
      while (j < toks.length) {
        if (toks[j].cjk) {
          var run = [];
          while (j < toks.length && toks[j].cjk) run.push(toks[j++].t);
          terms.push({ words: run });
        } else {
          terms.push({ words: [toks[j++].t] });
        }
      }
    }
    var last = terms[terms.length - 1];
    var open = parts.length % 2 === 1 && /[\p{L}\p{N}]$/u.test(query);
    if (last && last.words.length === 1 && open && last.words[0].length >= 3 && !/^\d+$/.test(last.words[0])) last.prefix = true;
    return terms;
  }

  function fetchJson(url) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
        return r.json();
      }));
    }
    return cache.get(url);
  }

  function loadManifest() {
    var url = form.getAttribute('data-index');
    return fetchJson(url).then(function (m) {
      manifest = m;
      shardSet = new Set(m.shards);
      splitSet = new Set(m.split);
      return m;
    });
  }

  function shard(name) {
    if (!shardSet.has(name)) return Promise.resolve({});
    return fetchJson(manifest.terms + fileName(name) + '.json');
  }

  /* entries[key] for the shard's own keys only ("constructor" is a word, not Object's property). */
  function own(entries, key) {
    return Object.prototype.hasOwnProperty.call(entries, key) ? entries[key] : '';
  }

  function decode(postings) {
    var ids = [];
    var id = 0;
    if (!postings) return ids;
    var parts = postings.split(',');
    for (var i = 0; i < parts.length; i++) {
      id += parseInt(parts[i], 36);
      ids.push(id);
    }
    return ids;
  }

  function intersect(a, b) {
    var out = [];
    var i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function union(lists) {
    var set = new Set();
    lists.forEach(function (l) { l.forEach(function (id) { set.add(id); }); });
    return Array.from(set).sort(function (x, y) { return x - y; });
  }

  /* Ids of the stories that match one term. */
  function match(term) {
    var w = term.words;
    if (w.length === 1) {
      var name = shardOf(w[0]);
      if (!term.prefix) return shard(name).then(function (entries) { return decode(own(entries, w[0])); });
      // A prefix: its shard, or when the name is split there, that shard and the word shards below it.
      var names = [name];
      if (splitSet.has(name)) {
        names = manifest.shards.filter(function (n) { return n.lastIndexOf(name, 0) === 0 && n.indexOf(' ') < 0; });
        if (names.length > 24) names = [name];
      }
      return Promise.all(names.map(shard)).then(function (shards) {
        var lists = [];
        shards.forEach(function (entries) {
          Object.keys(entries).forEach(function (key) {
            if (key.lastIndexOf(w[0], 0) === 0 && key.indexOf(' ') < 0) lists.push(decode(own(entries, key)));
          });
        });
        return union(lists);
      });
    }
    var pairs = [];
    for (var i = 0; i + 1 < w.length; i++) pairs.push(w[i] + ' ' + w[i + 1]);
    return Promise.all(pairs.map(function (k) {
      return shard(shardOf(k)).then(function (entries) { return decode(own(entries, k)); });
    })).then(function (lists) {
      return lists.reduce(intersect);
    });
  }

  function story(id) {
    var chunk = Math.floor(id / manifest.chunkSize);
    return fetchJson(manifest.docs + chunk + '.json').then(function (docs) { return docs[id % manifest.chunkSize]; });
  }

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function render(doc) {
    var li = el('li', 'search-result');
    var h = el('h2');
    var a = el('a', '', doc[0]);
    a.href = doc[1];
    h.appendChild(a);
    li.appendChild(h);
    li.appendChild(el('p', 'meta', doc[3] + ' · ' + doc[2]));
    if (doc[4]) li.appendChild(el('p', 'excerpt', doc[4]));
    return li;
  }

  function showMore(gen) {
    var ids = shown.slice(shownCount, shownCount + PAGE);
    return Promise.all(ids.map(story)).then(function (docs) {
      if (gen !== generation) return;
      docs.forEach(function (doc) { list.appendChild(render(doc)); });
      shownCount += docs.length;
      more.hidden = shownCount >= shown.length;
    });
  }

  function say(text) {
    status.textContent = text;
  }

  function run(query) {
    var gen = ++generation;
    var terms = parse(query);
    list.textContent = '';
    more.hidden = true;
    shown = [];
    shownCount = 0;
    if (!terms.length) { say(''); return Promise.resolve(); }
    say('Searching…');
    var ready = manifest ? Promise.resolve(manifest) : loadManifest();
    return ready
      .then(function () { return Promise.all(terms.map(match)); })
      .then(function (lists) {
        if (gen !== generation) return;
        shown = lists.reduce(intersect);
        var n = shown.length;
        say(n === 0 ? 'No stories match “' + query.trim() + '”.'
          : (n === 1 ? '1 story matches' : n + ' stories match') + ' “' + query.trim() + '”, newest first.');
        return showMore(gen);
      })
      .catch(function (e) {
        if (gen !== generation) return;
        say('Search is not available right now (' + e.message + ').');
      });
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 150);
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    var url = new URL(window.location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim()); else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    run(input.value);
  });

  more.querySelector('button').addEventListener('click', function () { showMore(generation); });

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
  window.weeklySearch = { run: run, parse: parse, tokens: tokens, normalize: normalize };
}());
