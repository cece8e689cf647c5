'use strict';
/*
 * The node half of `statickb bench search` (SearchBenchmark.cs): for each language, builds the benchmark
 * corpus with lunr.js's own Builder (same analysis, via reference-build.js), measures both indexes' sizes the same
 * way, loads the generator's index into lunr and times queries on it; then the same queries on the sharded
 * index, counting the bytes (gzip) a browser would fetch and timing what it would do once they arrive.
 * Prints one JSON result. For a large corpus (lang.runLunr false) lunr's own builder is skipped, and the whole
 * index is loaded only when lang.loadWhole is set.
 */
const fs = require('fs');
const zlib = require('zlib');
const { performance } = require('perf_hooks');
const path = require('path');
const { lunr, search, prepare, build } = require('./reference-build.js');

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

function sizes(text) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
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

function stats(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1], mean: sorted.length ? sum / sorted.length : 0 };
}

// What a browser does for queries on a sharded index (search.js's shardedEngine): fetch the manifest once,
// then for each query the shards it needs, the blocks of common words that ranking its first page needs
// (search.rankShards, round by round), and the document-store parts of that page, each file once. Bytes are
// gzip (level 6) of the files fetched; time is from the files' arrival: parsing, loading them into lunr, and
// ranking.
function shardedSession(lang) {
  const manifestText = fs.readFileSync(lang.manifestPath, 'utf8');
  const gzipCache = new Map();
  const gzipOf = (file, text) => {
    if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 6 }).length);
    return gzipCache.get(file);
  };
  const read = (file) => fs.readFileSync(path.join(lang.shardDir, file), 'utf8');
  const session = { manifest: null, shards: {}, blocks: {}, parts: {} };
  const run = (q) => {
    const bytes = { manifest: 0, shards: 0, blocks: 0, docs: 0, total: 0 };
    let files = 0, rounds = 0, ms = 0;
    // Reading a file stands for its download, which is not timed.
    const fetchText = (file) => { const text = read(file); files++; return text; };
    let t = performance.now();
    if (!session.manifest) {
      session.manifest = JSON.parse(manifestText);
      bytes.manifest = gzipOf('manifest', manifestText);
      files++;
    }
    const manifest = session.manifest;
    if (search.needsPrefixes(lunr, manifest, lang.language, q.text, q.typing)) {
      // A half-typed word whose prefix spans many shards: the file that says which hold its completions first.
      const file = search.prefixesFile(manifest), text = fetchText(file);
      bytes.shards += gzipOf(file, text);
      search.setPrefixes(manifest, JSON.parse(text));
    }
    // The shards, then those of written forms apart that they name (a round more when there are any).
    for (let round = 0; ; round++) {
      const needed = search.neededShards(lunr, manifest, lang.language, q.text, q.typing, session.shards).filter((i) => !session.shards[i]);
      if (!needed.length) break;
      if (round > 0) rounds++;
      ms += performance.now() - t;
      const texts = needed.map((i) => fetchText(search.shardFile(manifest, i)));
      t = performance.now();
      needed.forEach((i, k) => {
        bytes.shards += gzipOf(search.shardFile(manifest, i), texts[k]);
        session.shards[i] = search.loadShard(lunr, JSON.parse(texts[k]));
      });
    }
    let ranked;
    for (;;) {
      ranked = search.rankShards(lunr, manifest, session.shards, session.blocks, lang.language, q.text, q.typing, 10);
      if (!ranked.need.length) break;
      rounds++;
      ms += performance.now() - t;
      const blockTexts = ranked.need.map(([i, b]) => {
        const file = search.blockFile(manifest, i, b), text = fetchText(file);
        bytes.blocks += gzipOf(file, text);
        return text;
      });
      t = performance.now();
      ranked.need.forEach(([i, b], k) => { session.blocks[search.blockKey(i, b)] = search.loadBlock(lunr, JSON.parse(blockTexts[k])); });
    }
    ms += performance.now() - t;
    const results = ranked.results;
    const partsNeeded = search.docParts(manifest, results.slice(0, 10).map((r) => r.ref)).filter((j) => !session.parts[j]);
    const partTexts = partsNeeded.map((j) => fetchText(search.docsFile(manifest, j)));
    t = performance.now();
    partsNeeded.forEach((j, k) => {
      bytes.docs += gzipOf(search.docsFile(manifest, j), partTexts[k]);
      session.parts[j] = JSON.parse(partTexts[k]).docs;
    });
    ms += performance.now() - t;
    bytes.total = bytes.manifest + bytes.shards + bytes.blocks + bytes.docs;
    return { bytes: bytes.total, parts: bytes, ms, files, rounds, results: results.length };
  };
  return {
    run,
    reset: () => { session.manifest = null; session.shards = {}; session.blocks = {}; session.parts = {}; },
    manifestGzip: () => gzipOf('manifest', manifestText),
  };
}

const results = input.languages.map((lang) => {
  const out = { language: lang.language, queries: lang.queries.length };

  if (lang.runLunr) {
    const corpus = JSON.parse(fs.readFileSync(lang.corpusPath, 'utf8'));
    prepare(lang.language, corpus.fields, corpus.documents);
    const started = performance.now();
    const lunrIndex = build(lang.language, corpus.fields, corpus.documents);
    const lunrText = JSON.stringify(lunrIndex);
    out.lunrBuildMs = performance.now() - started;
    const refs = new Map(corpus.documents.map((d, i) => [d.id, i]));
    out.lunr = sizes(lunrText);
    out.lunrShortRefs = sizes(JSON.stringify(withShortRefs(JSON.parse(lunrText), refs)));
  }

  // As bytes: the whole index of a large corpus is longer than the longest string node allows.
  out.ours = sizes(fs.readFileSync(lang.indexPath));
  out.docs = sizes(fs.readFileSync(lang.docsPath));
  if (lang.loadWhole) {
    const ourText = fs.readFileSync(lang.indexPath, 'utf8');
    const loadStarted = performance.now();
    const ours = lunr.Index.load(JSON.parse(ourText));
    out.loadMs = performance.now() - loadStarted;
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
    out.emptyResults = empty;
    out.queryMedianMs = percentile(times, 0.5);
    out.queryP95Ms = percentile(times, 0.95);
    out.queryMaxMs = times[times.length - 1];
  }

  // Sharded: each query as the first of a session, then all queries in one session (a reader refining a search).
  const sharded = shardedSession(lang);
  const firstBytes = [], firstMs = [], firstParts = { manifest: [], shards: [], blocks: [], docs: [], files: [], rounds: [] };
  lang.queries.forEach((q) => {
    sharded.reset();
    const r = sharded.run(q);
    firstBytes.push(r.bytes);
    firstMs.push(r.ms);
    ['manifest', 'shards', 'blocks', 'docs'].forEach((k) => firstParts[k].push(r.parts[k]));
    firstParts.files.push(r.files);
    firstParts.rounds.push(r.rounds);
  });
  sharded.reset();
  const nextBytes = [], nextMs = [], nextParts = { shards: [], blocks: [], docs: [], files: [] };
  lang.queries.forEach((q, i) => {
    const r = sharded.run(q);
    if (i === 0) return;
    nextBytes.push(r.bytes);
    nextMs.push(r.ms);
    ['shards', 'blocks', 'docs'].forEach((k) => nextParts[k].push(r.parts[k]));
    nextParts.files.push(r.files);
  });
  const manifest = JSON.parse(fs.readFileSync(lang.manifestPath, 'utf8'));
  if (manifest.shards.prefixes) search.setPrefixes(manifest, JSON.parse(fs.readFileSync(path.join(lang.shardDir, search.prefixesFile(manifest)), 'utf8')));
  // Each query's first page as ranked from heads, against the first page of the whole list (every block of the
  // query's split words loaded, which searchShards scores exactly as the whole index does): refs and scores.
  let exact = 0;
  lang.queries.forEach((q) => {
    const shards = {}, blocks = {};
    const read = (file) => JSON.parse(fs.readFileSync(path.join(lang.shardDir, file), 'utf8'));
    for (let needed; (needed = search.neededShards(lunr, manifest, lang.language, q.text, q.typing, shards).filter((i) => !shards[i])).length;) {
      needed.forEach((i) => { shards[i] = search.loadShard(lunr, read(search.shardFile(manifest, i))); });
    }
    const load = ([i, b]) => { blocks[search.blockKey(i, b)] = search.loadBlock(lunr, read(search.blockFile(manifest, i, b))); };
    let ranked;
    while ((ranked = search.rankShards(lunr, manifest, shards, blocks, lang.language, q.text, q.typing, 10)).need.length) ranked.need.forEach(load);
    search.missingBlocks(lunr, manifest, shards, blocks, lang.language, q.text, q.typing).forEach(load);
    const all = search.searchShards(lunr, manifest, shards, lang.language, q.text, q.typing, blocks).slice(0, 10);
    const first = ranked.results.slice(0, 10);
    if (all.length === first.length && all.every((r, k) => r.ref === first[k].ref && r.score === first[k].score)) exact++;
  });
  out.sharded = {
    exactFirstPages: exact,
    shards: manifest.shards.count,
    docParts: manifest.docs.parts,
    manifestGzip: sharded.manifestGzip(),
    firstBytes: stats(firstBytes),
    firstMs: stats(firstMs),
    // Where a first query's bytes go (medians of each, so they need not add up to the median total).
    firstBreakdown: { manifest: stats(firstParts.manifest), shards: stats(firstParts.shards), blocks: stats(firstParts.blocks), docs: stats(firstParts.docs) },
    firstFiles: stats(firstParts.files),
    firstRounds: stats(firstParts.rounds),
    nextBytes: stats(nextBytes),
    nextMs: stats(nextMs),
    // Where further queries' bytes go (the manifest is fetched once, by the first).
    nextBreakdown: { shards: stats(nextParts.shards), blocks: stats(nextParts.blocks), docs: stats(nextParts.docs) },
    nextFiles: stats(nextParts.files),
  };
  return out;
});

process.stdout.write(JSON.stringify(results));
