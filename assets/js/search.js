/*
 * qikan search page. Loads the index as scripts (never fetch), so it works from file:// and under any
 * sub-path: search/meta.js once, then for each query only the parts its terms fall in
 * (search/parts/<n>.js, compact; search-core.js expands them into lunr's serialized index), and for
 * each shown result its card (search/docs/<n>.js, with the abstracts) and, where the snippet or the
 * check that the query occurs as typed needs the text, the half of the text (body, then notes) that
 * first holds the query (search/text/<n>.<h>.js, deflated; the parts say which half first holds each
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
  var store = { meta: null, model: null, issueOfDoc: [], parts: {}, docs: {}, texts: {} };
  window.qikanSearch = {
    meta: function (m) {
      store.meta = m;
      store.model = core.model(m);
      for (var i = 0; i + 1 < m.docs.length; i += 2) {
        for (var k = 0; k < m.docs[i + 1]; k++) store.issueOfDoc.push(m.docs[i]);
      }
    },
    part: function (n, terms, postings) { store.parts[n] = core.decodePart(terms, postings, store.meta.fields); },
    doc: function (n, d) { store.docs[n] = d; },
    text: function (n, h, t) { store.texts[n + '.' + h] = t; }
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
        var results = core.searchParts(store.model, parts.map(function (n) { return store.parts[n]; }), terms);
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
   * authors, keywords, abstracts) or in its text from the half where its words first occur together;
   * only the first PHRASE_CHECKED results are looked at, whose cards the first pages load anyway.
   */
  function phraseFirst(results, need) {
    var head = results.slice(0, PHRASE_CHECKED);
    var terms = core.queryTerms(need.text);
    return Promise.all(head.map(function (result) {
      var n = Number(result.ref);
      return load('search/docs/' + n + '.js').then(function () {
        var doc = store.docs[n];
        if (containsNeed(headlineOf(doc).concat(abstractsOf(doc).map(function (a) { return a[1]; })), need)) return true;
        var from = canInflate ? startHalf(n, terms) : undefined;
        return from === undefined ? false : textHolds(n, doc, from, need);
      });
    })).then(function (hasPhrase) {
      var withPhrase = head.filter(function (r, i) { return hasPhrase[i]; });
      var without = head.filter(function (r, i) { return !hasPhrase[i]; });
      return withPhrase.concat(without, results.slice(PHRASE_CHECKED));
    });
  }

  /** Whether half h of document n's text, or a later half, holds the need. */
  function textHolds(n, doc, h, need) {
    if (h >= doc.halves) return Promise.resolve(false);
    return bodyText(n, h).then(function (chunks) {
      return chunks.some(function (chunk) { return containsNeed([chunk[1]], need); }) || textHolds(n, doc, h + 1, need);
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
   * Shows results up to current.target. A result that turns out not to contain what the query needs as
   * it stands (a Chinese run whose pairs occur, but apart; a quoted phrase whose words occur, but not
   * together; an identifier that is not its own) is dropped, and the next one takes its place.
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

  /** What a card shows of a document that a query can match: titles, authors, keywords and identifiers. */
  function headlineOf(doc) {
    return [doc.title.zh || '', doc.title.en || ''].concat(doc.authors.zh, doc.authors.en, doc.keywords.zh, doc.keywords.en, doc.ids || []);
  }

  /** The abstracts as text chunks without anchor, the page's language first. */
  function abstractsOf(doc) {
    var both = lang === 'en' ? [doc.abstract.en, doc.abstract.zh] : [doc.abstract.zh, doc.abstract.en];
    return both.filter(Boolean).map(function (t) { return [null, t]; });
  }

  /** The half of document n's text that first holds the term (body or notes), from the part the term falls in; undefined if neither holds it. */
  function firstHalf(n, term) {
    var part = store.parts[core.partOf(term, store.meta.parts)];
    return part ? core.bodyHalf([part], term, n) : undefined;
  }

  /** The first half that can hold all of the terms: the last of their first halves; undefined if one is not in the text. */
  function startHalf(n, terms) {
    var start = -1;
    for (var i = 0; i < terms.length; i++) {
      var h = firstHalf(n, terms[i]);
      if (h === undefined) return undefined;
      start = Math.max(start, h);
    }
    return start < 0 ? undefined : start;
  }

  var canInflate = typeof DecompressionStream === 'function' && typeof Blob === 'function' && typeof Response === 'function';
  var bodies = {};

  /** Half h of document n's text: [[anchor, text], …], inflated from its script. */
  function bodyText(n, h) {
    var key = n + '.' + h;
    if (!bodies[key]) {
      bodies[key] = load('search/text/' + key + '.js').then(function () {
        var bytes = Uint8Array.from(atob(store.texts[key]), function (c) { return c.charCodeAt(0); });
        delete store.texts[key];
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
        return new Response(stream).text();
      }).then(JSON.parse);
    }
    return bodies[key];
  }

  /** The snippet of the first chunk that shows the query, or null. */
  function firstMatch(chunks, query) {
    for (var i = 0; i < chunks.length; i++) {
      var snip = snippetOf(chunks[i], query);
      if (snip) return snip;
    }
    return null;
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

  /** Whether no term of the query is in the result's body (lunr's match data): its hit in the text is in the notes. */
  function notInBody(result) {
    var metadata = result.matchData && result.matchData.metadata || {};
    return !Object.keys(metadata).some(function (term) { return Object.prototype.hasOwnProperty.call(metadata[term], 'b'); });
  }

  /**
   * A result's card, or null where the document does not contain what the query needs as it stands
   * (core.queryNeeds). An identifier must be the result's own: on its card. Each run of Chinese
   * characters and each quoted phrase must be in the card (title, authors, keywords, identifiers,
   * abstracts) or in the text (body, then notes); it can be in no half of the text before the last of
   * the first halves of its terms, so the text is read from there until every need is found. The
   * snippet comes from the abstracts where they show the query (the page's language first), else from
   * the first text chunk read that does (in the notes, the note's line, linking to the note); where
   * the title, authors or keywords show the query already, the text is not read for a snippet. A
   * snippet from the body that only decorates the card loads when the card is seen; one from the
   * notes, the only sign of why the article was found, loads at once. Without DecompressionStream
   * (older browsers) results show without text snippets and unchecked against the text.
   */
  function card(result) {
    var n = Number(result.ref);
    var query = current.query;
    return load('search/docs/' + n + '.js').then(function () {
      var doc = store.docs[n];
      var abstracts = abstractsOf(doc);
      var headline = headlineOf(doc);
      var known = headline.concat(abstracts.map(function (a) { return a[1]; }));
      var headlineShows = headline.some(function (t) { return core.matchRanges(t, query).length > 0; });
      var needs = core.queryNeeds(query);
      if (needs.some(function (need) { return need.card && !containsNeed(headline, need); })) return null;
      // a run of one pair (or one character) is in the document whenever lunr found it: nothing to check
      var missing = canInflate ? needs.filter(function (need) {
        return !need.card && (need.latin || core.queryTerms(need.text).length > 1) && !containsNeed(known, need);
      }) : [];
      var snip = firstMatch(abstracts, query);
      var from;
      if (missing.length > 0) {
        var starts = missing.map(function (need) { return startHalf(n, core.queryTerms(need.text)); });
        if (starts.some(function (h) { return h === undefined; })) return null;
        from = Math.min.apply(null, starts);
      } else if (!snip && canInflate && !headlineShows) {
        var halves = core.queryTerms(query).map(function (t) { return firstHalf(n, t); })
          .filter(function (h) { return h !== undefined; });
        from = halves.length > 0 ? Math.min.apply(null, halves) : doc.halves;
        if (from < doc.halves && lazySnippets && !notInBody(result)) return Promise.resolve(snippetLater(n, doc, from, query, abstracts));
      } else {
        from = doc.halves;
      }
      var found = {};
      function allFound() {
        return missing.every(function (need) { return found[need.text]; });
      }
      function scan(h) {
        if (h >= doc.halves) return Promise.resolve();
        return bodyText(n, h).then(function (chunks) {
          chunks.forEach(function (chunk) {
            missing.forEach(function (need) { if (containsNeed([chunk[1]], need)) found[need.text] = true; });
          });
          snip = snip || firstMatch(chunks, query);
          if (!allFound()) return scan(h + 1);
        });
      }
      return scan(from).then(function () {
        if (!allFound()) return null;
        if (snip) return render(n, doc, snip, snip.anchor);
        return render(n, doc, { source: abstracts.length > 0 ? abstracts[0][1] : '', ranges: [] }, null);
      });
    });
  }

  /* Body snippets that only make the card nicer are loaded when the card scrolls into view. */
  var lazySnippets = typeof IntersectionObserver === 'function' ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        lazySnippets.unobserve(entry.target);
        entry.target.qikanLoad();
      }
    });
  }) : null;

  /** The card now, with the abstract's beginning; the body snippet (and the link to its heading) once it is seen. */
  function snippetLater(n, doc, from, query, abstracts) {
    var fragment = render(n, doc, { source: abstracts.length > 0 ? abstracts[0][1] : '', ranges: [] }, null);
    var holder = text('p', 'result-snippet-later');
    holder.qikanLoad = function () {
      readSnippet(n, doc, from, query).then(function (snip) {
        var card = holder.parentNode;
        if (!snip || !card) return;
        var fresh = render(n, doc, snip, snip.anchor);
        card.textContent = '';
        card.appendChild(fresh);
      });
    };
    fragment.appendChild(holder);
    lazySnippets.observe(holder);
    return fragment;
  }

  /** The first body chunk from half `from` on that shows the query, or null. */
  function readSnippet(n, doc, from, query) {
    if (from >= doc.halves) return Promise.resolve(null);
    return bodyText(n, from).then(function (chunks) {
      return firstMatch(chunks, query) || readSnippet(n, doc, from + 1, query);
    });
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
