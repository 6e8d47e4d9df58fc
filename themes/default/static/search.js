// The search page's script (templates/search.html). It reads the index
// tandem writes below search/ (internal/search): meta.json first, then
// only the files a query needs: the vocabulary file of each typed word's
// first two letters, the postings files of the stems found there (which
// also hold what the top results of each stem show, so a query of one
// word shows its first page from them) and the fragments of the results
// shown (their excerpts, added once fetched); the facet labels
// (facets.json) and the facet rows only once the reader opens the facets.
// A query runs as each key is typed, one at a time. It never stems: the
// vocabulary maps each folded word of the posts to its stem, so the only
// rules shared with the Go side are fold, which a browser test compares
// with search.Fold, and bucket (search.BucketOf), with which it fetches
// the postings file a word most likely needs beside its vocabulary file.
// No eval, no inline script, no request leaves the site.
(function () {
  'use strict';

  // fold is search.Fold: NFC, lower case, ä ö ü as ae oe ue, ß as ss,
  // other accents dropped, final sigma as sigma.
  function fold(s) {
    var out = '';
    for (var ch of s.normalize('NFC')) {
      if (ch.charCodeAt(0) < 128) {
        out += ch.toLowerCase();
        continue;
      }
      var l = ch.toLowerCase();
      if (l === 'ä') out += 'ae';
      else if (l === 'ö') out += 'oe';
      else if (l === 'ü') out += 'ue';
      else if (l === 'ß') out += 'ss';
      else if (l === 'ς') out += 'σ';
      else {
        for (var d of l.normalize('NFD')) {
          if (!/\p{Mn}/u.test(d)) out += d.toLowerCase();
        }
      }
    }
    return out;
  }

  var wordRe = /[\p{L}\p{Nd}\p{Mn}]+/gu;
  var encoder = new TextEncoder();

  // words are the folded words of text as search.Words has them.
  function words(text) {
    var out = [];
    for (var m of text.matchAll(wordRe)) {
      var w = m[0];
      if (encoder.encode(w).length > 64 || Array.from(w).length < 2) continue;
      out.push(fold(w));
    }
    return out;
  }

  // bucket is search.BucketOf: the postings file among n of a stem that
  // begins with word (its first four letters, FNV-1a).
  function bucket(word, n) {
    var h = 0x811c9dc5;
    for (var b of encoder.encode(Array.from(word).slice(0, 4).join(''))) {
      h = Math.imul(h ^ b, 0x01000193) >>> 0;
    }
    return h % n;
  }

  window.tandemSearch = { fold: fold, words: words, bucket: bucket, ranked: ranked };

  var form = document.getElementById('search-form');
  if (!form) return;
  var input = document.getElementById('search-q');
  var statusEl = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var facetsEl = document.getElementById('search-facets');
  var base = form.dataset.index;
  var facetOrder = ['round', 'tandem', 'tag', 'author', 'kind', 'year'];
  var rowAt = { round: 0, tandem: 1, kind: 2, year: 3, tag: 4, author: 5 };
  var pageSize = 10;
  var files = new Map();
  var chosen = {};
  var shown = pageSize;
  var runs = 0;
  var meta = null;
  var prefixes = new Set();
  var stop = new Set();
  // facetsOpen is whether the reader opened the facets; labels are each
  // facet's [key, label] pairs from facets.json, loaded then.
  var facetsOpen = false;
  var labels = {};

  function load(path) {
    if (!files.has(path)) {
      files.set(path, fetch(base + path, { credentials: 'same-origin' }).then(function (r) {
        if (r.status === 404) return null;
        if (!r.ok) throw new Error(path + ': ' + r.status);
        return r.json();
      }));
    }
    return files.get(path);
  }

  // ready is meta.json, asked for as the script starts, so that no query
  // waits for it after the first.
  var ready = load('meta.json').then(function (m) {
    if (!m || m.v !== 5) throw new Error('index version');
    meta = m;
    prefixes = new Set(m.w);
    stop = new Set(m.stop);
  });
  ready.catch(function () {}); // a query says that it failed

  function hex(s) {
    return Array.from(encoder.encode(s), function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  // guesses are the postings files of the stems that begin with word's
  // first letters: as typed and, in German, with ae, oe and ue read as
  // umlauts, which the stems write a, o, u (search.German): the stem
  // of "rueckblick" is "ruckblick".
  function guesses(word) {
    var out = new Set([bucket(word, meta.b)]);
    if (meta.lang === 'de') out.add(bucket(word.replace(/qu|([aou])e/g, function (m, v) { return v || m; }), meta.b));
    return out;
  }

  // resolve finds the stems a folded word stands for: its own, when the
  // posts have the word; those of the words it begins, for the word being
  // typed (the 20 found in most posts); else the longest stem it begins
  // with, an inflection the posts do not have.
  async function resolve(word, typing) {
    var prefix = Array.from(word).slice(0, 2).join('');
    if (!prefixes.has(prefix)) return { terms: new Map(), seen: [] };
    // The postings files of the stems that begin as the word does (most
    // of those it stands for), fetched beside the vocabulary file.
    guesses(word).forEach(function (b) { load('p/' + b + '.json').catch(function () {}); });
    var vocab = (await load('w/' + hex(prefix) + '.json')) || [];
    var terms = new Map();
    var seen = [];
    var starts = [];
    for (var e of vocab) {
      if (e[0] === word) {
        terms.set(e[1], e[2]);
        seen.push(e[0]);
      } else if (typing && e[0].startsWith(word)) {
        starts.push(e);
      }
    }
    starts.sort(function (a, b) { return b[3] - a[3] || (a[0] < b[0] ? -1 : 1); });
    for (var s of starts.slice(0, 20)) {
      terms.set(s[1], s[2]);
      seen.push(s[0]);
    }
    if (terms.size === 0) {
      var best = null;
      for (var f of vocab) {
        var stem = f[1];
        if (stem.length >= 3 && word.startsWith(stem) && word.length - stem.length <= 4 && (!best || stem.length > best[1].length)) best = f;
      }
      if (best) terms.set(best[1], best[2]);
    }
    return { terms: terms, seen: seen };
  }

  // postingsOf returns the postings lists of a word's stems, their
  // files fetched side by side, and adds what the files show of their
  // stems' top docs to results (doc number to its result, no excerpt).
  async function postingsOf(terms, results) {
    var stems = Array.from(terms.keys());
    var got = await Promise.all(stems.map(function (stem) { return load('p/' + terms.get(stem) + '.json'); }));
    got.forEach(function (file) {
      Object.entries((file && file.r) || {}).forEach(function (e) { results.set(Number(e[0]), e[1]); });
    });
    return stems.map(function (stem, i) { return ((got[i] || {}).p || {})[stem] || []; });
  }

  // score returns the docs with every word, best first: a doc's score is
  // the sum over the words of its best weight among each word's stems,
  // ties going to the higher doc number (the newer post). lists[i] are
  // the postings lists of the i-th word's stems.
  function score(lists) {
    var n = meta.docs;
    var sum = new Int32Array(n);
    var matched = new Int32Array(n); // the words a doc had so far
    var touched = [];
    lists.forEach(function (word, k) {
      var best = new Int32Array(n);
      touched = [];
      word.forEach(function (list) {
        var d = 0;
        for (var i = 0; i < list.length; i += 2) {
          d += list[i];
          if (matched[d] !== k) continue;
          if (best[d] === 0) touched.push(d);
          if (list[i + 1] > best[d]) best[d] = list[i + 1];
        }
      });
      touched.forEach(function (d) {
        matched[d] = k + 1;
        sum[d] += best[d];
      });
    });
    return ranked(sum, matched, lists.length);
  }

  // ranked orders the docs with every word (matched[d] === words) by
  // their scores (sum), best first, by a counting sort: how many docs
  // have each score gives where that score's docs begin, and the docs are
  // placed from the highest number down, so ties go to the newer post.
  // Scores are small whole numbers (sums of weights): a few passes over
  // the docs, with no comparison and no arithmetic on floats.
  function ranked(sum, matched, words) {
    var top = 0;
    var n = 0;
    for (var d = 0; d < matched.length; d++) {
      if (matched[d] === words) {
        top = Math.max(top, sum[d]);
        n++;
      }
    }
    var at = new Int32Array(top + 2); // at[top - s + 1]: the docs scored s
    for (d = 0; d < matched.length; d++) {
      if (matched[d] === words) at[top - sum[d] + 1]++;
    }
    for (var s = 1; s < at.length; s++) at[s] += at[s - 1]; // at[top - s]: the docs scored above s
    var hits = new Array(n).fill(0);
    for (d = matched.length - 1; d >= 0; d--) {
      if (matched[d] === words) hits[at[top - sum[d]]++] = d;
    }
    return hits;
  }

  async function rows(docs) {
    var chunks = new Set(docs.map(function (d) { return Math.floor(d / meta.facetChunk); }));
    var out = new Map();
    await Promise.all(Array.from(chunks, async function (c) {
      var data = (await load('f/' + c + '.json')) || [];
      data.forEach(function (row, i) { out.set(c * meta.facetChunk + i, parseRow(row)); });
    }));
    return out;
  }

  // parseRow reads a facet row (search.writeRow), "0.1b.2.0.c,1x.5",
  // into the value numbers of each facet.
  function parseRow(row) {
    return row.split('.').map(function (field) {
      return field ? field.split(',').map(function (n) { return parseInt(n, 36); }) : [];
    });
  }

  // facetRows returns the facet rows of docs once the labels are loaded.
  async function facetRows(docs) {
    var got = await Promise.all([load('facets.json'), rows(docs)]);
    labels = got[0] || {};
    return got[1];
  }

  function valuesOf(row, name) {
    return row[rowAt[name]];
  }

  // query finds the docs of q: its words resolved, and their postings
  // fetched, side by side.
  async function query(q) {
    await ready;
    var typing = !/[\s\p{P}]$/u.test(q);
    var ws = words(q).filter(function (w) { return !stop.has(w); });
    if (ws.length === 0) return null;
    var found = await Promise.all(ws.map(function (w, i) { return resolve(w, typing && i === ws.length - 1); }));
    var marks = { seen: new Set(), stems: new Set() };
    found.forEach(function (r) {
      r.seen.forEach(function (w) { marks.seen.add(w); });
      r.terms.forEach(function (_, stem) { marks.stems.add(stem); });
    });
    var results = new Map();
    var hits = score(await Promise.all(found.map(function (r) { return postingsOf(r.terms, results); })));
    return { hits: hits, rows: facetsOpen ? await facetRows(hits) : null, marks: marks, results: results };
  }

  function filtered(res) {
    if (!res.rows) return res.hits;
    return res.hits.filter(function (d) {
      var row = res.rows.get(d);
      return facetOrder.every(function (name) {
        return chosen[name] === undefined || (row && valuesOf(row, name).indexOf(chosen[name]) >= 0);
      });
    });
  }

  function say(n) {
    if (n === 0) return form.dataset.none;
    if (n === 1) return form.dataset.countOne;
    return form.dataset.countMany.replace('{n}', String(n)); // as the site's pages write numbers
  }

  function marked(word, marks) {
    var f = fold(word);
    if (marks.seen.has(f)) return true;
    for (var s of marks.stems) {
      if (s.length >= 3 && f.startsWith(s)) return true;
      if (s.length >= 4 && f.includes(s)) return true;
    }
    return false;
  }

  function excerpt(text, marks) {
    var p = document.createElement('p');
    p.className = 'search-excerpt';
    var last = 0;
    for (var m of text.matchAll(wordRe)) {
      if (!marked(m[0], marks)) continue;
      p.append(text.slice(last, m.index));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      p.append(mark);
      last = m.index + m[0].length;
    }
    p.append(text.slice(last));
    return p;
  }

  async function fragment(d) {
    var chunk = (await load('d/' + Math.floor(d / meta.docChunk) + '.json')) || [];
    return chunk[d % meta.docChunk];
  }

  function resultItem(f, marks) {
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = f.u;
    a.textContent = f.t;
    h.append(a);
    li.append(h);
    var info = document.createElement('p');
    info.className = 'search-meta';
    var time = document.createElement('time');
    time.dateTime = f.i;
    time.textContent = f.d;
    info.append(time);
    [f.r, f.n, f.k, f.s].forEach(function (x) { if (x) info.append(' · ' + x); });
    li.append(info);
    if (f.x) li.append(excerpt(f.x, marks));
    return li;
  }

  function facetBox(name, res, docs) {
    var counts = new Map();
    docs.forEach(function (d) {
      var row = res.rows.get(d);
      if (row) valuesOf(row, name).forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
    });
    if (counts.size < 2 && chosen[name] === undefined) return null;
    var box = document.createElement('fieldset');
    var legend = document.createElement('legend');
    legend.textContent = form.dataset[name];
    box.append(legend);
    var names = labels[name] || [];
    var top = Array.from(counts).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).slice(0, 8);
    top.forEach(function (vc) {
      var b = document.createElement('button');
      b.type = 'button';
      b.dataset.facet = name;
      b.dataset.value = vc[0];
      b.setAttribute('aria-pressed', chosen[name] === vc[0] ? 'true' : 'false');
      b.textContent = (names[vc[0]] || ['', '?'])[1] + ' (' + vc[1] + ')';
      box.append(b);
    });
    if (chosen[name] !== undefined) {
      var clear = document.createElement('button');
      clear.type = 'button';
      clear.dataset.facet = name;
      clear.className = 'search-clear';
      clear.textContent = form.dataset.clear;
      box.append(clear);
    }
    return box;
  }

  // opener is the button that opens the facets: until the reader wants
  // them, a query loads neither their labels nor their rows.
  function opener() {
    var b = document.createElement('button');
    b.type = 'button';
    b.id = 'search-facets-open';
    b.className = 'search-open';
    b.textContent = form.dataset.filters;
    return b;
  }

  // openFacets loads the facet labels and the rows of res's hits and
  // shows the facets, focusing the first.
  async function openFacets(res, seq) {
    facetsOpen = true;
    try {
      res.rows = await facetRows(res.hits);
    } catch (err) {
      if (seq === runs) statusEl.textContent = form.dataset.failed;
      return;
    }
    if (seq !== runs) return;
    await show(res, seq);
    var first = facetsEl.querySelector('button');
    (first || input).focus();
  }

  var last = null;

  // afterPaint calls f once the frame that shows what was just written
  // is painted: work that can wait (fetching the excerpts, about ten
  // files) does not hold up the first paint of the results.
  function afterPaint(f) {
    requestAnimationFrame(function () { setTimeout(f, 0); });
  }

  // addExcerpts adds the excerpts of the results shown (items, of docs)
  // once their fragments are fetched, after the results are painted.
  function addExcerpts(docs, items, marks, seq) {
    afterPaint(function () {
      if (seq !== runs) return;
      Promise.all(docs.map(fragment)).then(function (frags) {
        if (seq !== runs) return;
        frags.forEach(function (f, i) {
          if (f && f.x && items[i]) items[i].append(excerpt(f.x, marks));
        });
      }).catch(function () {}); // the results stand without them
    });
  }

  // show shows the results of res. When the postings files brought what
  // the results show (a query of one word, the first page), they are shown
  // at once and their excerpts added once fetched; else the results wait
  // for their fragments.
  async function show(res, seq) {
    var docs = res ? filtered(res) : [];
    var page = docs.slice(0, shown);
    var early = res && page.every(function (d) { return res.results.has(d); });
    var frags = early ? page.map(function (d) { return res.results.get(d); }) : await Promise.all(page.map(fragment));
    if (seq !== runs) return;
    list.replaceChildren();
    var items = frags.map(function (f) { return f && resultItem(f, res.marks); });
    items.forEach(function (li) { if (li) list.append(li); });
    if (early) addExcerpts(page, items, res.marks, seq);
    if (docs.length > shown) {
      var li = document.createElement('li');
      li.className = 'search-more';
      var more = document.createElement('button');
      more.type = 'button';
      more.id = 'search-more';
      more.textContent = form.dataset.more;
      li.append(more);
      list.append(li);
    }
    facetsEl.replaceChildren();
    if (res && !res.rows && docs.length > 1) {
      facetsEl.append(opener());
    } else if (res && res.rows) {
      facetOrder.forEach(function (name) {
        var box = facetBox(name, res, docs);
        if (box) facetsEl.append(box);
      });
    }
    facetsEl.hidden = facetsEl.childElementCount === 0;
    statusEl.textContent = res ? say(docs.length) : '';
  }

  // loadingAfter is how long a query may take before the live region
  // says that it is loading: a query that answers sooner announces only
  // its results.
  var loadingAfter = 300;

  async function run() {
    var seq = ++runs;
    var q = input.value;
    if (!q.trim()) {
      follow(q);
      last = null;
      await show(null, seq);
      return;
    }
    var slow = setTimeout(function () { if (seq === runs) statusEl.textContent = form.dataset.loading; }, loadingAfter);
    try {
      var res = await query(q);
      if (seq !== runs) return;
      last = res;
      shown = pageSize;
      await show(res, seq);
    } catch (err) {
      if (seq === runs) statusEl.textContent = form.dataset.failed;
    } finally {
      clearTimeout(slow);
      if (seq === runs) afterPaint(function () { if (seq === runs) follow(q); });
    }
  }

  // follow makes the address say the query q (?q=), once its results are
  // painted: the query's fetches start before, and the browser's history
  // is not written between the results and their frame.
  function follow(q) {
    var url = new URL(location.href);
    if (q.trim()) url.searchParams.set('q', q); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }

  // A query runs as soon as a key is typed, with no delay; keys typed
  // while one runs make one more run, of the text then, once it is done.
  var busy = false;
  var again = false;

  function schedule() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    again = false;
    run().finally(function () {
      busy = false;
      if (again) schedule();
    });
  }

  input.addEventListener('input', function () {
    chosen = {};
    schedule();
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    schedule();
  });
  facetsEl.addEventListener('click', function (e) {
    var b = e.target.closest('button');
    if (!b || !last) return;
    if (b.id === 'search-facets-open') {
      openFacets(last, runs);
      return;
    }
    var name = b.dataset.facet;
    var v = b.dataset.value === undefined ? undefined : Number(b.dataset.value);
    chosen[name] = chosen[name] === v ? undefined : v;
    shown = pageSize;
    show(last, runs).then(function () {
      var again = facetsEl.querySelector('button[data-facet="' + name + '"]');
      if (again) again.focus();
    });
  });
  list.addEventListener('click', function (e) {
    if (!e.target.closest('#search-more') || !last) return;
    var first = shown;
    shown += pageSize;
    show(last, runs).then(function () {
      var a = list.querySelectorAll('.search-result a')[first];
      if (a) a.focus();
    });
  });
  var q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    schedule();
  }
})();
