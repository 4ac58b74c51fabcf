/*
 * qikan search core: text folding, the tokenizer, part hashing, expanding compact parts into lunr's
 * serialized index, and querying. The one browser-side copy of org.qikan.index.TextNormalizer,
 * SearchTokenizer, TermHash and Varints, and the reader of CompactParts. The Java tests run this file in
 * Node on the same strings as the Java side and compare.
 *
 * Browser: after lunr.min.js and search-t2s.js, defines qikanSearchCore(lunr, qikanT2S).
 * Node: module.exports = function (lunr, t2sPairs).
 */
(function (root) {
  'use strict';

  var LATIN_END = 0x250;

  function createCore(lunr, t2sPairs) {
    var t2s = new Map();
    var pairs = Array.from(t2sPairs || '');
    for (var i = 0; i + 1 < pairs.length; i += 2) {
      t2s.set(pairs[i].codePointAt(0), pairs[i + 1].codePointAt(0));
    }

    var lowerTable = [];
    for (var cp = 0; cp < LATIN_END; cp++) {
      var lowered = Array.from(String.fromCodePoint(cp).toLowerCase());
      lowerTable.push(cp === 0x130 ? 0x69 : lowered.length === 1 ? lowered[0].codePointAt(0) : cp);
    }

    /** One code point to one code point: full-width ASCII, ideographic space, traditional, case. */
    function fold(codePoint) {
      var c = codePoint;
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c -= 0xFEE0;
      } else if (c === 0x3000) {
        c = 0x20;
      }
      if (t2s.has(c)) {
        c = t2s.get(c);
      }
      return c < LATIN_END ? lowerTable[c] : c;
    }

    function codePoints(text) {
      var out = [];
      for (var ch of String(text == null ? '' : text)) {
        out.push(fold(ch.codePointAt(0)));
      }
      return out;
    }

    function normalize(text) {
      var cps = codePoints(text);
      var out = '';
      for (var i = 0; i < cps.length; i += 4096) {
        out += String.fromCodePoint.apply(null, cps.slice(i, i + 4096));
      }
      return out;
    }

    function isHan(c) {
      return c === 0x3005 || c === 0x3007 ||
        (c >= 0x3041 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0x20000 && c <= 0x323AF);
    }

    function isWordChar(c) {
      return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7);
    }

    function chars(cps, from, to) {
      var s = '';
      for (var i = from; i < to; i++) {
        s += String.fromCodePoint(cps[i]);
      }
      return s;
    }

    function scan(text, onRun, onWord) {
      var cps = codePoints(text);
      var i = 0;
      while (i < cps.length) {
        var start = i;
        if (isHan(cps[i])) {
          while (i < cps.length && isHan(cps[i])) i++;
          onRun(cps.slice(start, i));
        } else if (isWordChar(cps[i])) {
          while (i < cps.length && isWordChar(cps[i])) i++;
          onWord(chars(cps, start, i));
        } else {
          i++;
        }
      }
    }

    /** lunr's stop word filter and stemmer, the very functions of the lunr.js the site ships. */
    function wordTerm(word) {
      if (!lunr.stopWordFilter(word)) return null;
      return lunr.stemmer(new lunr.Token(word)).toString();
    }

    /** The terms of a field's text, in order, repeats kept: SearchTokenizer.indexTerms. */
    function indexTerms(text) {
      var terms = [];
      scan(text, function (run) {
        for (var i = 0; i < run.length; i++) {
          terms.push(chars(run, i, i + 1));
          if (i + 1 < run.length) terms.push(chars(run, i, i + 2));
        }
      }, function (word) {
        var term = wordTerm(word);
        if (term !== null) terms.push(term);
      });
      return terms;
    }

    /** The distinct terms a query needs, in order: SearchTokenizer.queryTerms. */
    function queryTerms(query) {
      var terms = [];
      function add(term) {
        if (term !== null && terms.indexOf(term) < 0) terms.push(term);
      }
      scan(query, function (run) {
        if (run.length === 1) add(chars(run, 0, 1));
        for (var i = 0; i + 1 < run.length; i++) add(chars(run, i, i + 2));
      }, function (word) {
        add(wordTerm(word));
      });
      return terms;
    }

    /** 32-bit FNV-1a over UTF-16 code units: TermHash.fnv1a, unsigned. */
    function hash(term) {
      var h = 0x811C9DC5;
      for (var i = 0; i < term.length; i++) {
        h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
      }
      return h >>> 0;
    }

    function partOf(term, partCount) {
      return hash(term) % partCount;
    }

    /** The parts a query's terms fall in, ascending. */
    function partsFor(terms, partCount) {
      var parts = [];
      terms.forEach(function (term) {
        var p = partOf(term, partCount);
        if (parts.indexOf(p) < 0) parts.push(p);
      });
      return parts.sort(function (a, b) { return a - b; });
    }

    function byTerm(a, b) {
      return a.term < b.term ? -1 : a.term > b.term ? 1 : 0;
    }

    /* Varints (org.qikan.index.Varints): five bits a character, least significant first; the first 32 characters end a number. */
    var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ-_';
    var DIGIT = {};
    for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS.charCodeAt(d)] = d;

    function reader(text) {
      var at = 0;
      return {
        more: function () { return at < text.length; },
        next: function () {
          var value = 0, scale = 1, digit;
          do {
            digit = DIGIT[text.charCodeAt(at++)];
            value += (digit & 31) * scale;
            scale *= 32;
          } while (digit >= 32);
          return value;
        }
      };
    }

    /**
     * What the index stage wrote in meta.js, ready for scoring: field keys and boosts, the number of
     * documents, every document field's length and each field's average length, summed in document
     * order over all documents as lunr.Builder#calculateAverageFieldLengths does.
     */
    function model(meta) {
      var fieldCount = meta.fields.length;
      var lengths = [];
      var r = reader(meta.lengths);
      while (r.more()) lengths.push(r.next());
      var docCount = lengths.length / fieldCount;
      var sums = meta.fields.map(function () { return 0; });
      for (var i = 0; i < lengths.length; i++) sums[i % fieldCount] += lengths[i];
      return {
        fields: meta.fields,
        boosts: meta.boosts,
        documentCount: docCount,
        lengths: lengths,
        averages: sums.map(function (sum) { return sum / docCount; })
      };
    }

    /* The fields cut into text chunks (SearchField#chunks: body, notes), whose postings say which half of the text first holds the term. */
    var CHUNKED_FIELDS = ['b', 'n'];

    /**
     * A part's terms and postings string (org.qikan.index.CompactParts) as
     * [{term, docs: [[doc, …] per field], tfs: [[tf, …] per field], halves: Map doc → text half}],
     * the half being the first of the document's text files to hold the term, in the body or the notes.
     */
    function decodePart(terms, postings, fields) {
      var r = reader(postings);
      var chunked = fields.map(function (field) { return CHUNKED_FIELDS.indexOf(field) >= 0; });
      return terms.map(function (term) {
        var mask = r.next();
        var entry = { term: term, docs: [], tfs: [], halves: new Map() };
        for (var f = 0; f < fields.length; f++) {
          var docs = [], tfs = [];
          if (mask & (1 << f)) {
            var count = r.next(), doc = -1;
            for (var i = 0; i < count; i++) {
              var v = r.next();
              doc += Math.floor(v / (chunked[f] ? 4 : 2)) + 1;
              docs.push(doc);
              tfs.push(v & 1 ? r.next() + 2 : 1);
              if (chunked[f]) {
                var half = (v >> 1) & 1;
                if (!(entry.halves.get(doc) <= half)) entry.halves.set(doc, half);
              }
            }
          }
          entry.docs.push(docs);
          entry.tfs.push(tfs);
        }
        return entry;
      });
    }

    var K1 = 1.2;
    var B = 0.75;

    /**
     * Decoded parts into the serialized index lunr.Index.load reads, scored as lunr.Builder 2.3.9
     * scores (createFieldVectors: BM25, lunr.idf, the field boost, rounded to thousandths, in lunr's
     * own order of operations). Terms are numbered in text order; a document field's vector holds the
     * parts' terms only, which changes no score: a dot product only pairs equal numbers, and only a
     * query's terms are in the query vector.
     */
    function expandParts(m, parts) {
      var entries = [];
      parts.forEach(function (part) { entries.push.apply(entries, part); });
      entries.sort(byTerm);
      var invertedIndex = [];
      var vectors = new Map();
      entries.forEach(function (entry, index) {
        var posting = { _index: index };
        m.fields.forEach(function (field, f) {
          var refs = {};
          entry.docs[f].forEach(function (doc) { refs[doc] = {}; });
          posting[field] = refs;
        });
        var idf = lunr.idf(posting, m.documentCount);
        m.fields.forEach(function (field, f) {
          var docs = entry.docs[f], tfs = entry.tfs[f];
          for (var i = 0; i < docs.length; i++) {
            var tf = tfs[i];
            var fieldLength = m.lengths[docs[i] * m.fields.length + f];
            var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / m.averages[f])) + tf);
            score *= m.boosts[f];
            var ref = field + '/' + docs[i];
            if (!vectors.has(ref)) vectors.set(ref, []);
            vectors.get(ref).push(index, Math.round(score * 1000) / 1000);
          }
        });
        invertedIndex.push([entry.term, posting]);
      });
      var fieldVectors = [];
      vectors.forEach(function (elements, ref) { fieldVectors.push([ref, elements]); });
      return { version: lunr.version, fields: m.fields, fieldVectors: fieldVectors, invertedIndex: invertedIndex, pipeline: [] };
    }

    /** The text half (0 or 1) that first holds the term in document doc's body or notes, from the decoded parts; undefined where neither holds it. */
    function bodyHalf(parts, term, doc) {
      for (var p = 0; p < parts.length; p++) {
        for (var i = 0; i < parts[p].length; i++) {
          if (parts[p][i].term === term) return parts[p][i].halves.get(doc);
        }
      }
      return undefined;
    }

    /** Every term required, none through lunr's pipeline: the tokenizer has made them already. */
    function search(index, terms) {
      if (terms.length === 0) return [];
      return index.query(function (query) {
        terms.forEach(function (term) {
          query.term(term, { presence: lunr.Query.presence.REQUIRED, usePipeline: false });
        });
      });
    }

    /** The answer to a query's terms from the decoded parts partsFor named: as the whole index would answer. */
    function searchParts(m, parts, terms) {
      if (terms.length === 0 || parts.length === 0) return [];
      return search(lunr.Index.load(expandParts(m, parts)), terms);
    }

    /**
     * Where a query shows in a text, as [start, end) code point ranges, in text order: each run of
     * Chinese characters of the query as it stands, and each word whose term is one of the query's.
     */
    function matchRanges(text, query) {
      var runs = [];
      var words = [];
      scan(query, function (run) { runs.push(run); }, function (word) {
        var term = wordTerm(word);
        if (term !== null) words.push(term);
      });
      var cps = codePoints(text);
      var ranges = [];
      runs.forEach(function (run) {
        for (var i = 0; i + run.length <= cps.length; i++) {
          var j = 0;
          while (j < run.length && cps[i + j] === run[j]) j++;
          if (j === run.length) ranges.push([i, i + run.length]);
        }
      });
      if (words.length > 0) {
        var i = 0;
        while (i < cps.length) {
          if (isWordChar(cps[i])) {
            var start = i;
            while (i < cps.length && isWordChar(cps[i])) i++;
            if (words.indexOf(wordTerm(chars(cps, start, i))) >= 0) ranges.push([start, i]);
          } else {
            i++;
          }
        }
      }
      return ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    }

    /** The runs of Chinese characters in a query (normalized), each of which a result must contain as it stands. */
    function queryRuns(query) {
      var runs = [];
      scan(query, function (run) { runs.push(chars(run, 0, run.length)); }, function () {});
      return runs;
    }

    var IDENTIFIER = /^(?=.*[0-9])[0-9a-z]+(?:[./\-()（）:][0-9a-z()（）]*)+$/;

    /**
     * What a result must contain as it stands, each {text, latin} (normalized): every run of Chinese
     * characters of the query; every "quoted phrase" of Latin words (words in that order, nothing but
     * spaces between them); every identifier typed whole, such as a DOI (10.13851/j.cnki.gjzw.202303005),
     * a CLC number (D871.21) or an article number, which must be the result's own (on its card: card is true).
     */
    function queryNeeds(query) {
      var needs = queryRuns(query).map(function (run) { return { text: run, latin: false }; });
      var q = normalize(query);
      var quoted = /"([^"]+)"|“([^”]+)”/g;
      var m;
      while ((m = quoted.exec(q)) !== null) {
        var phrase = (m[1] || m[2]).replace(/\s+/g, ' ').trim();
        if (phrase && !queryRuns(phrase).length && phrase.indexOf(' ') > 0) needs.push({ text: phrase, latin: true });
      }
      q.replace(quoted, ' ').split(/\s+/).forEach(function (word) {
        if (IDENTIFIER.test(word) && /[./\-()（）:]/.test(word)) needs.push({ text: word, latin: false, card: true });
      });
      return needs;
    }

    /** The Latin words of a query outside quotes, if it has two or more and nothing else: a phrase typed without quotes. */
    function typedPhrase(query) {
      var q = normalize(query);
      if (/["“”]/.test(q) || queryRuns(q).length) return null;
      var words = q.split(/[^0-9a-z\u00c0-\u024f]+/).filter(function (w) { return w; });
      return words.length >= 2 ? words.join(' ') : null;
    }

    /** Whether a text contains a need of queryNeeds: Chinese and identifiers as they stand, a phrase as whole words. */
    function containsNeed(text, need) {
      var t = normalize(text);
      if (!need.latin) return t.indexOf(need.text) >= 0;
      var words = need.text.split(' ').map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
      return new RegExp('(^|[^0-9a-z\u00c0-\u024f])' + words.join('[^0-9a-z\u00c0-\u024f\u4e00-\u9fff]{1,3}') + '($|[^0-9a-z\u00c0-\u024f])').test(t);
    }

    return {
      matchRanges: matchRanges,
      queryRuns: queryRuns,
      queryNeeds: queryNeeds,
      typedPhrase: typedPhrase,
      containsNeed: containsNeed,
      fold: fold,
      normalize: normalize,
      isHan: isHan,
      isWordChar: isWordChar,
      indexTerms: indexTerms,
      queryTerms: queryTerms,
      hash: hash,
      partOf: partOf,
      partsFor: partsFor,
      model: model,
      decodePart: decodePart,
      expandParts: expandParts,
      bodyHalf: bodyHalf,
      search: search,
      searchParts: searchParts
    };
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = createCore;
  } else {
    root.qikanSearchCore = createCore;
  }
}(this));
