/*
 * qikan search page. Loads the index as scripts (never fetch), so it works from file:// and under any
 * sub-path: search/meta.js once, then for each query only the parts its terms fall in
 * (search/parts/<n>.js), and for each shown result its card (search/docs/<n>.js) and the one text
 * chunk its snippet comes from (search/text/<n>.<k>.js; the parts say which chunk first holds each
 * term). No request leaves the site.
 * Needs lunr.min.js, search-t2s.js and search-core.js before it, and the markup of search.peb.
 */
(function () {
  'use strict';

  var PAGE_SIZE = 10;
  var SNIPPET_BEFORE = 30;
  var SNIPPET_AFTER = 70;

  var WORDS = {
    zh: {
      loading: '正在载入索引……',
      searching: '正在搜索……',
      empty: '请输入检索词。',
      none: '没有找到包含“{q}”的文章。',
      found: '找到 {n} 篇包含“{q}”的文章。',
      shown: '显示第 1–{m} 篇。',
      allJournals: '全部期刊',
      allYears: '全部年份',
      more: '显示更多结果',
      failed: '索引文件载入失败。',
      inBody: '正文',
      inNote: '注释 {n}',
      onlyInNotes: '仅见于注释'
    },
    en: {
      loading: 'Loading the index…',
      searching: 'Searching…',
      empty: 'Type a word to search for.',
      none: 'No article contains “{q}”.',
      found: '{n} articles contain “{q}”.',
      shown: 'Showing 1–{m}.',
      allJournals: 'All journals',
      allYears: 'All years',
      more: 'More results',
      failed: 'The search index could not be loaded.',
      inBody: 'Full text (in Chinese)',
      inNote: 'Note {n}',
      onlyInNotes: 'only in the notes',
      foundOne: '1 article contains “{q}”.'
    }
  };

  var page = document.querySelector('[data-search-page]');
  if (!page) return;
  var root = page.getAttribute('data-root') || '';
  var lang = (document.documentElement.lang || 'zh').indexOf('en') === 0 ? 'en' : 'zh';
  var words = WORDS[lang];
  var core = window.qikanSearchCore(window.lunr, window.qikanT2S);

  var form = page.querySelector('form');
  var input = form.querySelector('input[type=search]');
  var journalFilter = page.querySelector('[data-filter=journal]');
  var yearFilter = page.querySelector('[data-filter=year]');
  var status = page.querySelector('[data-search-status]');
  var list = page.querySelector('[data-search-results]');
  var moreButton = page.querySelector('[data-search-more]');

  /* Every loaded script hands its payload to this registry. */
  var store = { meta: null, issueOfDoc: [], parts: {}, chunkTables: {}, docs: {}, texts: {} };
  window.qikanSearch = {
    meta: function (m) {
      store.meta = m;
      for (var i = 0; i + 1 < m.docs.length; i += 2) {
        for (var k = 0; k < m.docs[i + 1]; k++) store.issueOfDoc.push(m.docs[i]);
      }
    },
    part: function (n, index, chunks) { store.parts[n] = index; store.chunkTables[n] = chunks || {}; },
    doc: function (n, d) { store.docs[n] = d; },
    text: function (n, k, t) { store.texts[n + '.' + k] = t; }
  };

  var loading = {};
  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = root + path;
        script.onload = function () { resolve(); };
        script.onerror = function () { delete loading[path]; reject(new Error(path)); };
        document.head.appendChild(script);
      });
    }
    return loading[path];
  }

  /** 'zh-Hans' for text with Chinese characters, 'en' for text without, so that each part of a card has its language. */
  function languageOf(source) {
    return /[\u3400-\u9fff]/.test(source) ? 'zh-Hans' : 'en';
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return values[key]; });
  }

  function say(text) {
    status.textContent = text;
  }

  var current = { query: '', all: null, results: [], shown: 0, target: PAGE_SIZE, token: 0 };

  function params() {
    var p = new URLSearchParams(window.location.search);
    return { q: p.get('q') || '', journal: p.get('journal') || '', year: p.get('year') || '' };
  }

  function remember() {
    var p = new URLSearchParams();
    if (input.value) p.set('q', input.value);
    if (journalFilter.value) p.set('journal', journalFilter.value);
    if (yearFilter.value) p.set('year', yearFilter.value);
    try {
      window.history.replaceState(null, '', '?' + p.toString());
    } catch (e) {
      /* some browsers refuse history changes on file:// pages; the search still works */
    }
  }

  function issueOf(ref) {
    return store.meta.issues[store.issueOfDoc[Number(ref)]];
  }

  function filtered(results) {
    return results.filter(function (r) {
      var issue = issueOf(r.ref);
      var journal = store.meta.journals[issue.journal];
      return (!journalFilter.value || journal.slug === journalFilter.value) &&
        (!yearFilter.value || String(issue.year) === yearFilter.value);
    });
  }

  function option(select, value, label, count) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = count === undefined ? label : label + ' (' + count + ')';
    select.appendChild(o);
  }

  /* Filter choices: the journals and years among the results, with counts; the choice is kept. */
  function fillFilters(results) {
    var keepJournal = journalFilter.value;
    var keepYear = yearFilter.value;
    var journals = {};
    var years = {};
    results.forEach(function (r) {
      var issue = issueOf(r.ref);
      journals[issue.journal] = (journals[issue.journal] || 0) + 1;
      years[issue.year] = (years[issue.year] || 0) + 1;
    });
    journalFilter.textContent = '';
    option(journalFilter, '', words.allJournals);
    store.meta.journals.forEach(function (j, i) {
      if (journals[i] || j.slug === keepJournal) option(journalFilter, j.slug, lang === 'en' ? j.en || j.zh : j.zh || j.en, journals[i] || 0);
    });
    journalFilter.value = keepJournal;
    yearFilter.textContent = '';
    option(yearFilter, '', words.allYears);
    Object.keys(years).sort().reverse().forEach(function (y) { option(yearFilter, y, y, years[y]); });
    if (keepYear && !years[keepYear]) option(yearFilter, keepYear, keepYear, 0);
    yearFilter.value = keepYear;
  }

  function run() {
    var query = input.value.trim();
    var token = ++current.token;
    remember();
    list.textContent = '';
    moreButton.hidden = true;
    if (!query) {
      say(words.empty);
      return Promise.resolve();
    }
    say(words.searching);
    var terms = core.queryTerms(query);
    var parts = core.partsFor(terms, store.meta.parts);
    return Promise.all(parts.map(function (n) { return load('search/parts/' + n + '.js'); }))
      .then(function () {
        if (token !== current.token) return;
        var results = core.searchParts(parts.map(function (n) { return store.parts[n]; }), terms);
        var phrase = core.typedPhrase(query);
        return (phrase ? phraseFirst(results, { text: phrase, latin: true }) : Promise.resolve(results)).then(function (ranked) {
          if (token !== current.token) return;
          fillFilters(ranked);
          current = { query: query, all: ranked, results: filtered(ranked), shown: 0, target: PAGE_SIZE, token: token };
          return showFirst();
        });
      })
      .catch(function () { say(words.failed); });
  }

  var PHRASE_CHECKED = 20;

  /**
   * Two or more English words typed without quotes: of the first results, those holding the words as a
   * phrase come first (in lunr's order), then the rest. A result holds the phrase in its card (title,
   * authors, keywords) or in the text chunk where its words first occur together; only the first
   * PHRASE_CHECKED results are looked at, whose cards and chunks the first pages load anyway.
   */
  function phraseFirst(results, need) {
    var head = results.slice(0, PHRASE_CHECKED);
    var terms = core.queryTerms(need.text);
    return Promise.all(head.map(function (result) {
      var n = Number(result.ref);
      return load('search/docs/' + n + '.js').then(function () {
        var doc = store.docs[n];
        var headline = [doc.title.zh || '', doc.title.en || ''].concat(doc.authors.zh, doc.authors.en, doc.keywords.zh, doc.keywords.en);
        if (containsNeed(headline, need)) return true;
        var k = startChunk(n, terms);
        if (k === undefined) return false;
        return loadChunks(n, k, k + 1).then(function () { return containsNeed([store.texts[n + '.' + k][1]], need); });
      });
    })).then(function (hasPhrase) {
      var withPhrase = head.filter(function (r, i) { return hasPhrase[i]; });
      var without = head.filter(function (r, i) { return !hasPhrase[i]; });
      return withPhrase.concat(without, results.slice(PHRASE_CHECKED));
    });
  }

  function announce() {
    var n = current.results.length;
    if (n === 0) {
      say(format(words.none, { q: current.query }));
      return;
    }
    var text = format(n === 1 && words.foundOne ? words.foundOne : words.found, { n: n, q: current.query });
    if (n > current.shown) text += ' ' + format(words.shown, { m: current.shown });
    say(text);
  }

  /**
   * Shows results up to current.target. A result that turns out not to contain a Chinese run of the
   * query as it stands (its pairs occur, but apart) is dropped, and the next one takes its place.
   */
  function showBatch() {
    var token = current.token;
    var batch = current.results.slice(current.shown, current.target);
    current.shown += batch.length;
    moreButton.hidden = current.shown >= current.results.length;
    announce();
    var items = batch.map(function () {
      var li = document.createElement('li');
      li.className = 'search-result';
      list.appendChild(li);
      return li;
    });
    return Promise.all(batch.map(function (result, i) {
      return card(result).then(function (c) {
        if (token !== current.token) return;
        if (c === null) {
          items[i].remove();
          current.results.splice(current.results.indexOf(result), 1);
          current.shown--;
        } else {
          items[i].appendChild(c);
        }
      });
    })).then(function () {
      if (token !== current.token) return;
      moreButton.hidden = current.shown >= current.results.length;
      announce();
      if (current.shown < current.target && current.shown < current.results.length) return showBatch();
    });
  }

  function showFirst() {
    current.shown = 0;
    current.target = PAGE_SIZE;
    return showBatch();
  }

  function text(tag, className, content, language) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (language) el.lang = language;
    if (content) el.textContent = content;
    return el;
  }

  /** The text with the query's matches in <mark>, cut to a window around the first match. */
  function snippet(source, ranges, cut) {
    var cps = Array.from(source);
    var from = 0;
    var to = cps.length;
    if (cut && ranges.length > 0) {
      from = Math.max(0, ranges[0][0] - SNIPPET_BEFORE);
      to = Math.min(cps.length, ranges[0][1] + SNIPPET_AFTER);
    } else if (cut) {
      to = Math.min(cps.length, SNIPPET_BEFORE + SNIPPET_AFTER);
    }
    var p = document.createDocumentFragment();
    if (from > 0) p.appendChild(document.createTextNode('…'));
    var at = from;
    ranges.forEach(function (r) {
      if (r[0] < at || r[1] > to) return;
      p.appendChild(document.createTextNode(cps.slice(at, r[0]).join('')));
      p.appendChild(text('mark', null, cps.slice(r[0], r[1]).join('')));
      at = r[1];
    });
    p.appendChild(document.createTextNode(cps.slice(at, to).join('')));
    if (to < cps.length) p.appendChild(document.createTextNode('…'));
    return p;
  }

  function containsNeed(sources, need) {
    return core.containsNeed(sources.join('\n'), need);
  }

  /** The first text chunk of document n holding the term, from the part the term falls in; undefined if none does. */
  var chunkMaps = {};
  function firstChunk(n, term) {
    if (!chunkMaps[term]) {
      var table = store.chunkTables[core.partOf(term, store.meta.parts)] || {};
      chunkMaps[term] = core.firstChunks(Object.prototype.hasOwnProperty.call(table, term) ? table[term] : null);
    }
    return chunkMaps[term].get(n);
  }

  /** The first chunk that can hold all of the terms: the last of their first chunks; undefined if one is in no chunk. */
  function startChunk(n, terms) {
    var start = -1;
    for (var i = 0; i < terms.length; i++) {
      var k = firstChunk(n, terms[i]);
      if (k === undefined) return undefined;
      start = Math.max(start, k);
    }
    return start < 0 ? undefined : start;
  }

  function loadChunks(n, from, to) {
    var loads = [];
    for (var k = from; k < to; k++) loads.push(load('search/text/' + n + '.' + k + '.js'));
    return Promise.all(loads);
  }

  var SCAN_BATCH = 3;

  /**
   * A result's card, or null where the document does not contain the query's Chinese as it stands.
   * Each run of Chinese characters of the query must be in the card (title, authors, keywords) or
   * in a text chunk; it can be in no chunk before the last of the first chunks of its pairs, so the
   * chunks are read from there, a few at a time, until every run is found; the snippet comes from the
   * first chunk read that shows the query. For a run in the card, only the chunk the query first
   * shows in is read, or else the first (the abstract's beginning).
   */
  function card(result) {
    var n = Number(result.ref);
    var query = current.query;
    return load('search/docs/' + n + '.js').then(function () {
      var doc = store.docs[n];
      var headline = [doc.title.zh || '', doc.title.en || ''].concat(doc.authors.zh, doc.authors.en, doc.keywords.zh, doc.keywords.en, doc.ids || []);
      var needs = core.queryNeeds(query);
      var runTerms = [];
      var missing = [];
      var starts = [];
      needs.forEach(function (need) {
        var terms = core.queryTerms(need.text);
        runTerms = runTerms.concat(terms);
        var start = startChunk(n, terms);
        if (start !== undefined) starts.push(start);
        if (!containsNeed(headline, need)) missing.push({ need: need, start: start });
      });
      core.queryTerms(query).forEach(function (term) {
        if (runTerms.indexOf(term) < 0) {
          var k = firstChunk(n, term);
          if (k !== undefined) starts.push(k);
        }
      });
      if (missing.some(function (m) { return m.start === undefined || m.need.card; })) return null;
      var from = missing.length > 0
        ? Math.min.apply(null, missing.map(function (m) { return m.start; }))
        : (starts.length > 0 ? Math.min.apply(null, starts) : doc.chunks);
      var found = {};
      var snip = null;
      function scan(k, batch) {
        var to = Math.min(doc.chunks, k + batch);
        if (k >= to) return Promise.resolve();
        return loadChunks(n, k, to).then(function () {
          for (var i = k; i < to; i++) {
            var chunk = store.texts[n + '.' + i];
            missing.forEach(function (m) { if (containsNeed([chunk[1]], m.need)) found[m.need.text] = true; });
            if (!snip) snip = snippetOf(chunk, query);
          }
          var allFound = missing.every(function (m) { return found[m.need.text]; });
          if (missing.length === 0 || (allFound && snip)) return;
          if (!allFound) return scan(to, SCAN_BATCH);
        });
      }
      return scan(from, 1).then(function () {
        if (!missing.every(function (m) { return found[m.need.text]; })) return null;
        if (snip) return render(n, doc, snip, snip.anchor);
        if (doc.chunks === 0) return render(n, doc, { source: '', ranges: [] }, null);
        var k = lang === 'en' && doc.enChunk !== undefined ? doc.enChunk : 0;
        return loadChunks(n, k, k + 1).then(function () {
          var first = store.texts[n + '.' + k];
          return render(n, doc, snippetOf(first, query) || { source: first[1], ranges: [], anchor: first[0] }, first[0]);
        });
      });
    });
  }

  /**
   * The snippet a text chunk gives for the query, or null where the query does not show in it. In a
   * chunk of notes (its anchor is the list of its notes' ids, one per line) the snippet is the line of
   * the note that shows the query, and the anchor that note's id.
   */
  function snippetOf(chunk, query) {
    var ranges = core.matchRanges(chunk[1], query);
    if (ranges.length === 0) return null;
    if (!Array.isArray(chunk[0])) return { source: chunk[1], ranges: ranges, anchor: chunk[0] };
    var lines = chunk[1].split('\n');
    for (var i = 0; i < lines.length; i++) {
      var inLine = core.matchRanges(lines[i], query);
      if (inLine.length > 0) return { source: lines[i], ranges: inLine, anchor: chunk[0][Math.min(i, chunk[0].length - 1)], note: true };
    }
    return null;
  }

  function highlighted(tag, className, source, language) {
    var el = text(tag, className, null, language);
    el.appendChild(snippet(source, core.matchRanges(source, current.query), false));
    return el;
  }

  /** Journal and issue, title (linked: to the nearest heading for a body match), English title, authors, snippet. */
  function render(n, doc, snip, anchor) {
    var fragment = document.createDocumentFragment();
    var issue = store.meta.issues[store.issueOfDoc[n]];
    var journal = store.meta.journals[issue.journal];
    var source = text('p', 'result-source');
    var journalName = lang === 'en' ? journal.en || journal.zh : journal.zh || journal.en;
    source.appendChild(text('span', null, journalName, languageOf(journalName) === (lang === 'en' ? 'en' : 'zh-Hans') ? null : languageOf(journalName)));
    source.appendChild(document.createTextNode(' · ' + (lang === 'en' ? issue.en : issue.zh)));
    fragment.appendChild(source);
    var english = lang === 'en';
    var first = english ? doc.title.en || doc.title.zh || '' : doc.title.zh || doc.title.en || '';
    var second = english ? (doc.title.en ? doc.title.zh : null) : (doc.title.zh ? doc.title.en : null);
    var inText = anchor !== null && anchor !== undefined;
    var title = text('h2', 'result-title', null, english && !doc.title.en ? 'zh-Hans' : (!english && !doc.title.zh ? 'en' : null));
    var link = document.createElement('a');
    link.href = root + (english && doc.urlEn && !inText ? doc.urlEn : doc.url) + (inText && anchor ? '#' + anchor : '');
    if (english && !(doc.urlEn && !inText)) link.hreflang = 'zh-Hans';
    link.appendChild(snippet(first, core.matchRanges(first, current.query), false));
    title.appendChild(link);
    fragment.appendChild(title);
    if (second) fragment.appendChild(highlighted('p', 'result-title-en', second, english ? 'zh-Hans' : 'en'));
    var names = english ? (doc.authors.en.length ? doc.authors.en : doc.authors.zh) : (doc.authors.zh.length ? doc.authors.zh : doc.authors.en);
    var namesLang = english ? (doc.authors.en.length ? null : 'zh-Hans') : (doc.authors.zh.length ? null : 'en');
    if (names.length) fragment.appendChild(highlighted('p', 'result-authors', names.join(english ? ', ' : '、'), namesLang));
    var own = english ? doc.keywords.en : doc.keywords.zh;
    var other = english ? doc.keywords.zh : doc.keywords.en;
    var keywordList = own.concat(other);
    [own, other].forEach(function (list, i) {
      var keywords = list.join(languageOf(list.join('')) === 'en' ? '; ' : '；');
      if (core.matchRanges(keywords, current.query).length > 0) {
        fragment.appendChild(highlighted('p', 'result-keywords', keywords, i === 0 ? null : languageOf(keywords)));
      }
    });
    if (snip.source) {
      var p = text('p', 'result-snippet', null, languageOf(snip.source));
      if (snip.note) {
        var headlineHit = core.matchRanges([first, second || ''].concat(names, keywordList).join('\n'), current.query).length > 0;
        var where = format(words.inNote, { n: String(anchor).replace(/^\D+/, '') }) + (headlineHit ? '' : ' (' + words.onlyInNotes + ')');
        p.appendChild(text('span', 'result-where', where + ' · ', lang === 'en' ? 'en' : 'zh-Hans'));
      } else if (inText) {
        p.appendChild(text('span', 'result-where', words.inBody + ' · ', lang === 'en' ? 'en' : 'zh-Hans'));
      }
      p.appendChild(snippet(snip.source, snip.ranges, true));
      fragment.appendChild(p);
    }
    return fragment;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });
  [journalFilter, yearFilter].forEach(function (select) {
    select.addEventListener('change', function () {
      remember();
      if (!current.all) return;
      list.textContent = '';
      current.results = filtered(current.all);
      current.token++;
      showFirst();
    });
  });
  moreButton.addEventListener('click', function () {
    var next = list.children.length;
    current.target += PAGE_SIZE;
    showBatch().then(function () {
      var link = list.children[next] && list.children[next].querySelector('a');
      if (link) link.focus();
    });
  });

  say(words.loading);
  load('search/meta.js').then(function () {
    var p = params();
    input.value = p.q;
    option(journalFilter, '', words.allJournals);
    option(yearFilter, '', words.allYears);
    if (p.journal) option(journalFilter, p.journal, p.journal);
    if (p.year) option(yearFilter, p.year, p.year);
    journalFilter.value = p.journal;
    yearFilter.value = p.year;
    page.querySelector('[data-search-filters]').hidden = false;
    return run();
  }).catch(function () { say(words.failed); });
}());
