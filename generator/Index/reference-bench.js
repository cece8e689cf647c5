'use strict';
/*
 * The node half of `statickb bench search` (SearchBenchmark.cs): for each language, builds the benchmark
 * corpus with lunr.js's own Builder (same analysis, via reference-build.js), measures both indexes' sizes the same
 * way, loads the generator's index into lunr and times queries on it. Prints one JSON result.
 */
const fs = require('fs');
const zlib = require('zlib');
const { performance } = require('perf_hooks');
const { lunr, search, prepare, build } = require('./reference-build.js');

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

function sizes(text) {
  const bytes = Buffer.from(text, 'utf8');
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 6 }).length };
}

// The same lunr index with refs replaced by page positions, as the generator writes them: shows how much
// of the size difference is the choice of refs.
function withShortRefs(json, refs) {
  const rename = (ref) => String(refs.get(ref));
  return {
    version: json.version,
    fields: json.fields,
    fieldVectors: json.fieldVectors.map(([fieldRef, v]) => {
      const slash = fieldRef.indexOf('/');
      return [fieldRef.slice(0, slash + 1) + rename(fieldRef.slice(slash + 1)), v];
    }),
    invertedIndex: json.invertedIndex.map(([term, posting]) => {
      const copy = { _index: posting._index };
      json.fields.forEach((field) => {
        copy[field] = {};
        Object.keys(posting[field]).forEach((ref) => { copy[field][rename(ref)] = posting[field][ref]; });
      });
      return [term, copy];
    }),
    pipeline: json.pipeline,
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const results = input.languages.map((lang) => {
  const corpus = JSON.parse(fs.readFileSync(lang.corpusPath, 'utf8'));
  prepare(lang.language, corpus.fields, corpus.documents);
  const started = performance.now();
  const lunrIndex = build(lang.language, corpus.fields, corpus.documents);
  const lunrText = JSON.stringify(lunrIndex);
  const lunrMs = performance.now() - started;

  const refs = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const lunrShort = JSON.stringify(withShortRefs(JSON.parse(lunrText), refs));

  const ourText = fs.readFileSync(lang.indexPath, 'utf8');
  const loadStarted = performance.now();
  const ours = lunr.Index.load(JSON.parse(ourText));
  const loadMs = performance.now() - loadStarted;

  const times = [];
  let empty = 0;
  for (let round = 0; round < 5; round++) {
    lang.queries.forEach((q) => {
      const t = performance.now();
      const found = search.search(lunr, ours, lang.language, q.text, q.typing);
      times.push(performance.now() - t);
      if (round === 0 && found.length === 0) empty++;
    });
  }
  times.sort((a, b) => a - b);

  return {
    language: lang.language,
    lunrBuildMs: lunrMs,
    lunr: sizes(lunrText),
    lunrShortRefs: sizes(lunrShort),
    ours: sizes(ourText),
    loadMs,
    queries: lang.queries.length,
    emptyResults: empty,
    queryMedianMs: percentile(times, 0.5),
    queryP95Ms: percentile(times, 0.95),
    queryMaxMs: times[times.length - 1],
  };
});

process.stdout.write(JSON.stringify(results));
