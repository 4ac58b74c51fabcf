/*
 * Runs the browser side of qikan search in Node for the Java tests: reads a job (JSON) on stdin,
 * prints the answer (JSON) on stdout. Jobs:
 *   {mode: "tokens", strings}            normalize, indexTerms, queryTerms and hash of each string
 *   {mode: "search", fields, docs, site, whole, queries}
 *       builds an index with lunr.js itself from docs (same tokenizer, empty pipeline, same boosts),
 *       loads the Java-written whole index (lunr's serialized form), and the Java-written compact parts
 *       of the site a query needs, expanded as the browser expands them, and answers every query from all three.
 * Paths in the job: lunr (lunr.js), core (search-core.js), t2s (search-t2s.js).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const job = JSON.parse(fs.readFileSync(0, 'utf8'));
const lunr = require(path.resolve(job.lunr));
lunr.utils.warn = function () {};
const t2s = new Function(fs.readFileSync(job.t2s, 'utf8') + '\nreturn qikanT2S;')();
const core = require(path.resolve(job.core))(lunr, t2s);

function tokens() {
  return job.strings.map(s => ({
    normalized: core.normalize(s),
    index: core.indexTerms(s),
    query: core.queryTerms(s),
    hash: core.hash(s) | 0
  }));
}

function lunrBuilt() {
  const builder = new lunr.Builder();
  builder.ref('ref');
  job.fields.forEach(f => builder.field(f.key, { boost: f.boost }));
  builder.tokenizer = function (text) {
    return core.indexTerms(text).map(t => new lunr.Token(t, {}));
  };
  job.docs.forEach(d => builder.add(Object.assign({ ref: d.ref }, d.fields)));
  return builder.build();
}

/** The site's meta.js and, on demand, its parts decoded, as search.js reads them. */
function loadSite(site) {
  const found = {};
  const sink = {
    meta: m => { found.meta = m; },
    part: (n, terms, postings) => { found.part = core.decodePart(terms, postings, found.meta.fields); }
  };
  const run = file => { vm.runInNewContext(fs.readFileSync(file, 'utf8'), { qikanSearch: sink }); };
  run(path.join(site, 'search', 'meta.js'));
  return {
    meta: found.meta,
    model: core.model(found.meta),
    part(n) {
      run(path.join(site, 'search', 'parts', n + '.js'));
      return found.part;
    }
  };
}

function ranked(results) {
  return results.map(r => [r.ref, r.score]);
}

function compareIndexes(built, java) {
  const a = built.toJSON();
  const termsA = a.invertedIndex.map(e => e[0] + '#' + e[1]._index);
  const termsB = java.invertedIndex.map(e => e[0] + '#' + e[1]._index);
  const vectorsA = new Map(a.fieldVectors.filter(v => v[1].length > 0).map(v => [v[0], v[1].join(',')]));
  const vectorsB = new Map(java.fieldVectors.map(v => [v[0], v[1].join(',')]));
  let vectorMismatches = 0;
  vectorsA.forEach((v, ref) => { if (vectorsB.get(ref) !== v) vectorMismatches++; });
  const postingsA = JSON.stringify(a.invertedIndex);
  const postingsB = JSON.stringify(java.invertedIndex);
  return {
    terms: termsA.length,
    sameTerms: JSON.stringify(termsA) === JSON.stringify(termsB),
    samePostings: postingsA === postingsB,
    vectors: vectorsA.size,
    javaVectors: vectorsB.size,
    vectorMismatches: vectorMismatches
  };
}

/** Each part loaded on its own is a lunr index answering its own terms as the whole index does. */
function checkPartsAlone(site, partCount, whole) {
  let checked = 0, terms = 0, mismatches = [];
  for (let n = 0; n < partCount; n++) {
    const serialized = core.expandParts(site.model, [site.part(n)]);
    const alone = lunr.Index.load(serialized);
    checked++;
    const step = Math.max(1, Math.floor(serialized.invertedIndex.length / 3));
    for (let i = 0; i < serialized.invertedIndex.length; i += step) {
      const term = serialized.invertedIndex[i][0];
      terms++;
      const a = JSON.stringify(ranked(core.search(alone, [term])));
      const b = JSON.stringify(ranked(core.search(whole, [term])));
      if (a !== b) mismatches.push(term);
    }
  }
  return { checked: checked, terms: terms, mismatches: mismatches };
}

function searchAll() {
  const built = lunrBuilt();
  const javaJson = JSON.parse(fs.readFileSync(job.whole, 'utf8'));
  const whole = lunr.Index.load(javaJson);
  const site = loadSite(job.site);
  const partCount = site.meta.parts;
  const answers = job.queries.map(q => {
    const terms = core.queryTerms(q);
    const parts = core.partsFor(terms, partCount);
    return {
      query: q,
      terms: terms,
      parts: parts,
      lunrBuilt: ranked(core.search(built, terms)),
      javaWhole: ranked(core.search(whole, terms)),
      javaSplit: ranked(core.searchParts(site.model, parts.map(n => site.part(n)), terms))
    };
  });
  return { index: compareIndexes(built, javaJson), parts: checkPartsAlone(site, partCount, whole), answers: answers };
}

const answer = job.mode === 'tokens' ? tokens() : searchAll();
process.stdout.write(JSON.stringify(answer));
