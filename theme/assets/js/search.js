/*
 * Search over the static index written at build time (docs/search-index.md): no server, no libraries.
 * Loads /search/index.json (which also lists the filters), then only the shards the query's words and
 * filters need and the chunks of stories it shows. Normalisation and tokens must match
 * src/Weekly/Search/SearchText.cs: lower case, NFKD, combining marks dropped; runs of letters/digits;
 * each CJK character a token.
 * Queries: words (the last one also matches as a prefix), "quoted phrases", words joined by an apostrophe
 * or hyphen (Xi'an) and runs of CJK characters (both searched as phrases). A word found nowhere is replaced
 * by the nearest word of the index that starts alike (one edit, two from eight letters: typos).
 * Ranking: stories whose headline has every term, then more terms matched, then more in the headline, then
 * newer. Filters (province, topic, year) and the query live in the URL: /search/?q=…&region=…&topic=…&year=…
 * Index text is untrusted: it only ever reaches the page as text nodes.
 */
(function () {
  'use strict';

  var form = document.querySelector('.search-form');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  var filtersBox = document.getElementById('search-filters');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var PAGE = 10;
  var FACETS = ['region', 'topic', 'year'];

  var manifest = null;
  var shardSet = null;
  var splitSet = null;
  var cache = new Map();   // url -> Promise of parsed JSON
  var shown = [];          // ids of the current results, ranked
  var shownCount = 0;
  var marks = null;        // what to highlight in the current results
  var generation = 0;      // drops the answers of superseded queries

  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff]/;
  var TOKEN = /[\p{L}\p{N}]+/gu;

  function normalize(text) {
    return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019\u02bc]/g, "'");
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

  /*
   * The query as terms: { words: [..] } for a phrase (quoted, joined by ' or -, or CJK), { words: [w], prefix }
   * for a word. The last word is a prefix when it is open (no space or quote after it) and 3+ letters.
   */
  function parse(query) {
    var terms = [];
    var parts = query.split('"');
    for (var i = 0; i < parts.length; i++) {
      if (i % 2 === 1) {
        var quoted = tokens(normalize(parts[i])).map(function (x) { return x.t; });
        if (quoted.length) terms.push({ words: quoted });
        continue;
      }
      parts[i].split(/\s+/).forEach(function (chunk) {
        var toks = tokens(normalize(chunk)).map(function (x) { return x.t; });
        if (toks.length) terms.push({ words: toks });
      });
    }
    var last = terms[terms.length - 1];
    var open = parts.length % 2 === 1 && /[\p{L}\p{N}]$/u.test(query);
    if (last && last.words.length === 1 && open && last.words[0].length >= 3 && !/^\d+$/.test(last.words[0]) && !CJK.test(last.words[0])) last.prefix = true;
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

  var manifestReady = null;
  function loadManifest() {
    if (!manifestReady) {
      manifestReady = fetchJson(form.getAttribute('data-index')).then(function (m) {
        manifest = m;
        shardSet = new Set(m.shards);
        splitSet = new Set(m.split);
        buildFilters(m.facets || []);
        return m;
      });
    }
    return manifestReady;
  }

  function shard(name) {
    if (!shardSet.has(name)) return Promise.resolve({});
    return fetchJson(manifest.terms + fileName(name) + '.json');
  }

  /* entries[key] for the shard's own keys only ("constructor" is a word, not Object's property). */
  function own(entries, key) {
    return Object.prototype.hasOwnProperty.call(entries, key) ? entries[key] : '';
  }

  /* Postings text -> Map(story id -> 1 when in its headline, else 0). */
  function decode(postings) {
    var out = new Map();
    if (!postings) return out;
    var id = 0;
    var parts = postings.split(',');
    for (var i = 0; i < parts.length; i++) {
      var v = parseInt(parts[i], 36);
      id += Math.floor(v / 2);
      out.set(id, v % 2);
    }
    return out;
  }

  function lookup(key) {
    return shard(shardOf(key)).then(function (entries) { return decode(own(entries, key)); });
  }

  /* Union of postings maps (headline if any is). */
  function merge(maps) {
    var out = new Map();
    maps.forEach(function (m) { m.forEach(function (h, id) { out.set(id, Math.max(out.get(id) || 0, h)); }); });
    return out;
  }

  /* Shards that may hold words starting with p (p's own shard and those below it), or null when too many. */
  function shardsUnder(p, limit) {
    var names = manifest.shards.filter(function (n) { return n.lastIndexOf(p, 0) === 0 && n.indexOf(' ') < 0; });
    var home = shardOf(p);
    if (names.indexOf(home) < 0) names.push(home);
    return names.length > limit ? null : names;
  }

  /* Keys of these shards that are words (no word pairs, no facets) and pass test. */
  function wordsIn(names, test) {
    return Promise.all(names.map(shard)).then(function (shards) {
      var found = [];
      shards.forEach(function (entries) {
        Object.keys(entries).forEach(function (key) {
          if (key.indexOf(' ') < 0 && key.indexOf(':') < 0 && test(key)) found.push({ key: key, postings: own(entries, key) });
        });
      });
      return found;
    });
  }

  /* Damerau-Levenshtein distance of a and b, or max + 1 when it is over max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1;
        var d = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (prev2 && i > 1 && k > 1 && a.charAt(i - 1) === b.charAt(k - 2) && a.charAt(i - 2) === b.charAt(k - 1)) d = Math.min(d, prev2[k - 2] + 1);
        row.push(d);
        best = Math.min(best, d);
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  /* The nearest words to w in the index (typo tolerance): same first three letters (two for a short word). */
  function nearest(w) {
    var max = w.length >= 8 ? 2 : 1;
    var names = null;
    for (var n = w.length > 4 ? 3 : 2; n < w.length && !names; n++) names = shardsUnder(w.slice(0, n), 16);
    if (!names) return Promise.resolve([]);
    return wordsIn(names, function (key) { return distance(w, key, max) <= max; }).then(function (found) {
      if (!found.length) return [];
      var scored = found.map(function (f) { return { key: f.key, postings: f.postings, d: distance(w, f.key, max) }; });
      var best = Math.min.apply(null, scored.map(function (s) { return s.d; }));
      return scored.filter(function (s) { return s.d === best; })
        .sort(function (x, y) { return y.postings.length - x.postings.length; }).slice(0, 3);
    });
  }

  /*
   * The stories that match one term: { hits: Map(id -> headline 0/1), words: [index words to highlight],
   * prefixes: [..], instead: the words searched instead of a misspelt one, or null }.
   */
  function match(term) {
    var w = term.words;
    if (w.length > 1) {
      var pairs = [];
      for (var i = 0; i + 1 < w.length; i++) pairs.push(w[i] + ' ' + w[i + 1]);
      return Promise.all(pairs.map(lookup)).then(function (maps) {
        var hits = maps.reduce(function (a, b) {
          var out = new Map();
          a.forEach(function (h, id) { if (b.has(id)) out.set(id, Math.min(h, b.get(id))); });
          return out;
        });
        return { hits: hits, words: w, prefixes: [], instead: null };
      });
    }
    var word = w[0];
    var found;
    if (term.prefix) {
      var names = shardsUnder(word, 24);
      found = names
        ? wordsIn(names, function (key) { return key.lastIndexOf(word, 0) === 0; }).then(function (f) {
          return { hits: merge(f.map(function (x) { return decode(x.postings); })), words: [word], prefixes: [word], instead: null };
        })
        : lookup(word).then(function (hits) { return { hits: hits, words: [word], prefixes: [], instead: null }; });
    } else {
      found = lookup(word).then(function (hits) { return { hits: hits, words: [word], prefixes: [], instead: null }; });
    }
    return found.then(function (result) {
      if (result.hits.size || word.length < 4 || /\d/.test(word) || CJK.test(word)) return result;
      return nearest(word).then(function (near) {
        if (!near.length) return result;
        var words = near.map(function (n) { return n.key; });
        return { hits: merge(near.map(function (n) { return decode(n.postings); })), words: words, prefixes: [], instead: words };
      });
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

  /* text as nodes, each token that a query word matches in a <mark> (text nodes only: the text is untrusted). */
  function highlight(parent, text) {
    var last = 0;
    var m;
    var re = /[\p{L}\p{N}]+/gu;
    function hit(token) {
      var t = normalize(token);
      return marks.words.has(t) || marks.prefixes.some(function (p) { return t.lastIndexOf(p, 0) === 0; });
    }
    function put(from, to, marked) {
      if (to <= from) return;
      var piece = text.slice(from, to);
      parent.appendChild(marked ? el('mark', '', piece) : document.createTextNode(piece));
    }
    while ((m = re.exec(text)) !== null) {
      var token = m[0];
      var start = m.index;
      if (CJK.test(token)) {
        // Each CJK character is a token of its own.
        var offset = 0;
        for (var ch of token) {
          if (marks.words.has(normalize(ch))) {
            put(last, start + offset, false);
            put(start + offset, start + offset + ch.length, true);
            last = start + offset + ch.length;
          }
          offset += ch.length;
        }
        continue;
      }
      if (hit(token)) {
        put(last, start, false);
        put(start, start + token.length, true);
        last = start + token.length;
      }
    }
    put(last, text.length, false);
    return parent;
  }

  /* doc: [headline, url, issue title, date as shown, excerpt, ISO date]. */
  function render(doc) {
    var li = el('li', 'search-result');
    var h = el('h2');
    var a = el('a');
    a.href = doc[1];
    highlight(a, doc[0]);
    h.appendChild(a);
    li.appendChild(h);
    var meta = el('p', 'meta');
    var time = el('time', '', doc[3]);
    if (doc[5]) time.setAttribute('datetime', doc[5]);
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(' · ' + doc[2]));
    li.appendChild(meta);
    if (doc[4]) li.appendChild(highlight(el('p', 'excerpt'), doc[4]));
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

  /* The filters' selects, one per facet of the manifest, in the form (name = URL parameter). */
  function buildFilters(facets) {
    if (!filtersBox || !facets.length) return;
    facets.forEach(function (facet) {
      var id = 'search-' + facet.name;
      var wrap = el('div', 'search-filter');
      var label = el('label', '', facet.label);
      label.htmlFor = id;
      var select = el('select');
      select.id = id;
      select.name = facet.name;
      var any = el('option', '', 'Any');
      any.value = '';
      select.appendChild(any);
      facet.values.forEach(function (v) {
        var option = el('option', '', v[1]);
        option.value = v[0];
        select.appendChild(option);
      });
      select.addEventListener('change', function () { go(true); });
      wrap.appendChild(label);
      wrap.appendChild(select);
      filtersBox.appendChild(wrap);
    });
    filtersBox.hidden = false;
  }

  /* The filters chosen in the form: [{ name, value, label }]. */
  function chosen() {
    var out = [];
    FACETS.forEach(function (name) {
      var select = form.querySelector('select[name="' + name + '"]');
      if (select && select.value) out.push({ name: name, value: select.value, label: select.options[select.selectedIndex].text });
    });
    return out;
  }

  function plural(n) {
    return n === 1 ? '1 story' : n + ' stories';
  }

  function run(query) {
    var gen = ++generation;
    list.textContent = '';
    more.hidden = true;
    shown = [];
    shownCount = 0;
    say('Searching…');
    return loadManifest()
      .then(function () {
        var terms = parse(query);
        var filters = chosen();
        if (!terms.length && !filters.length) {
          // A query with nothing to search for (an emoji, *, a lone ") is told so, not answered with an empty status.
          var typed = query.trim();
          if (gen === generation) say(typed ? 'No stories match “' + typed + '”: search looks for words and numbers.' : '');
          return null;
        }
        return Promise.all([
          Promise.all(terms.map(match)),
          Promise.all(filters.map(function (f) { return lookup(f.name + ':' + f.value); })),
        ]).then(function (found) { return { terms: terms, filters: filters, matches: found[0], sets: found[1] }; });
      })
      .then(function (r) {
        if (!r || gen !== generation) return;
        var score = new Map(); // id -> [terms matched, of them in the headline]
        if (r.terms.length) {
          r.matches.forEach(function (m) {
            m.hits.forEach(function (h, id) {
              var s = score.get(id);
              if (!s) score.set(id, s = [0, 0]);
              s[0]++;
              s[1] += h;
            });
          });
        } else {
          r.sets[0].forEach(function (h, id) { score.set(id, [0, 0]); });
        }
        var n = r.terms.length;
        var ids = [];
        score.forEach(function (s, id) { if (r.sets.every(function (set) { return set.has(id); })) ids.push(id); });
        ids.sort(function (x, y) {
          var a = score.get(x), b = score.get(y);
          return ((b[1] === n) - (a[1] === n)) || (b[0] - a[0]) || (b[1] - a[1]) || (x - y);
        });
        shown = ids;
        marks = { words: new Set(), prefixes: [] };
        var instead = [];
        r.matches.forEach(function (m, i) {
          m.words.forEach(function (w) { marks.words.add(w); });
          m.prefixes.forEach(function (p) { marks.prefixes.push(p); });
          if (m.instead) instead.push('“' + r.terms[i].words[0] + '” is in no story; searching for “' + m.instead.join('”, “') + '” instead. ');
        });
        var where = r.filters.length ? ' in ' + r.filters.map(function (f) { return f.label; }).join(' · ') : '';
        var q = query.trim();
        var all = ids.filter(function (id) { return score.get(id)[0] === n; }).length;
        var text;
        if (!n) {
          text = plural(ids.length) + where + ', newest issue first, each in the editor’s order.';
          if (query.trim()) text = '“' + query.trim() + '” has no words or numbers to search for; ' + text;
        }
        else if (!ids.length) text = 'No stories match “' + q + '”' + where + '.';
        else {
          text = (all === 1 ? '1 story matches' : all + ' stories match') + ' “' + q + '”' + where;
          if (ids.length > all) text += (all ? '; ' : ', but ') + plural(ids.length - all) + ' match some of its words';
          text += ', best matches first.';
        }
        return showMore(gen).then(function () { if (gen === generation) say(instead.join('') + text); });
      })
      .catch(function (e) {
        if (gen !== generation) return;
        say('Search is not available right now (' + e.message + ').');
      });
  }

  /* The search page's URL for the form as it is: /search/?q=…&region=…&topic=…&year=… */
  function urlOfForm() {
    var url = new URL(form.getAttribute('action') || window.location.pathname, window.location.href);
    var q = input.value.trim();
    if (q) url.searchParams.set('q', q);
    chosen().forEach(function (f) { url.searchParams.set(f.name, f.value); });
    return url;
  }

  /* Runs the form's search; push adds a history entry (a new search), else the current one is replaced. */
  function go(push) {
    clearTimeout(timer);
    var url = urlOfForm();
    if (url.href !== window.location.href) {
      if (push) window.history.pushState(null, '', url); else window.history.replaceState(null, '', url);
    }
    return run(input.value);
  }

  /* Sets the form from the URL (on load and when going back or forward) and searches. */
  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    return loadManifest().then(function () {
      FACETS.forEach(function (name) {
        var select = form.querySelector('select[name="' + name + '"]');
        if (!select) return;
        var value = params.get(name) || '';
        select.value = Array.prototype.some.call(select.options, function (o) { return o.value === value; }) ? value : '';
      });
      return run(input.value);
    }).catch(function (e) { say('Search is not available right now (' + e.message + ').'); });
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { go(false); }, 150);
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    go(true);
  });

  window.addEventListener('popstate', fromUrl);
  more.querySelector('button').addEventListener('click', function () { showMore(generation); });

  fromUrl();
  window.weeklySearch = { run: run, parse: parse, tokens: tokens, normalize: normalize, distance: distance };
}());
