'use strict';
/*
 * The node side of the Index tests: node harness.js <command> <input.json> prints one JSON result.
 *   parity  — search.js against vectors the C# analysers wrote (characters, tokens, terms, lunr's
 *             English functions, JSON numbers and strings)
 *   compat  — builds the same documents with lunr's own Builder and compares with the generator's index
 *   query   — loads an index into lunr and runs queries, for the relevance tests
 *   shards  — runs queries on a whole index and on the same index sharded, and compares the results
 *   english — lunr's own stemmer, trimmer and stop-word filter on a list of words
 */
const fs = require('fs');
const path = require('path');
const { lunr, search, prepare, build } = require('../../../../generator/Index/reference-build.js');

const [command, inputPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));
const commands = { parity, compat, query, shards, english };
process.stdout.write(JSON.stringify(commands[command](input)));

function parity(v) {
  const mismatches = [];
  let checked = 0;
  const check = (what, expected, actual) => {
    checked++;
    if (JSON.stringify(expected) !== JSON.stringify(actual) && mismatches.length < 40) mismatches.push({ what, expected, actual });
  };
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    check('class of U+' + code.toString(16), v.classes[code], search.charClass(code));
    check('lower of U+' + code.toString(16), v.lower[code], search.lowerChar(ch).charCodeAt(0));
    if (v.fold[code] !== null) check('fold of U+' + code.toString(16), v.fold[code], search.fold(ch));
  }
  v.texts.forEach((t) => {
    const tokens = search.tokenize(search.normalize(t.text)).map((k) => [k.text, k.kind, k.start, k.length, k.phrase]);
    check('tokens of ' + JSON.stringify(t.text), t.tokens, tokens);
    check('vi terms of ' + JSON.stringify(t.text), t.vi, search.terms(lunr, 'vi', t.text));
    check('en terms of ' + JSON.stringify(t.text), t.en, search.terms(lunr, 'en', t.text));
  });
  v.words.forEach((w) => {
    check('stem of ' + w.word, w.stem, lunr.stemmer(new lunr.Token(w.word, {})).toString());
    check('trim of ' + w.word, w.trim, lunr.trimmer(new lunr.Token(w.word, {})).toString());
    check('stop word ' + w.word, w.stop, lunr.stopWordFilter(new lunr.Token(w.word, {})) === undefined);
  });
  v.numbers.forEach((n) => check('number ' + n.r, n.js, JSON.stringify(Number(n.r))));
  v.strings.forEach((s) => check('string ' + s, s, JSON.stringify(JSON.parse(s))));
  return { checked, mismatches };
}

function english(input) {
  const run = (fn, word) => fn(new lunr.Token(word, {}));
  return {
    stems: input.words.map((w) => run(lunr.stemmer, w).toString()),
    trims: input.words.map((w) => run(lunr.trimmer, w).toString()),
    stops: input.words.map((w) => run(lunr.stopWordFilter, w) === undefined),
  };
}

// lunr numbers terms as it meets them, the generator by frequency: renumber lunr's to compare bytes.
function renumbered(lunrJson, ourJson) {
  const ours = new Map(ourJson.invertedIndex.map(([term, posting]) => [term, posting._index]));
  const map = new Map(lunrJson.invertedIndex.map(([term, posting]) => [posting._index, ours.has(term) ? ours.get(term) : -1 - posting._index]));
  const fieldVectors = lunrJson.fieldVectors.map(([ref, elements]) => {
    const pairs = [];
    for (let i = 0; i < elements.length; i += 2) pairs.push([map.get(elements[i]), elements[i + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    return [ref, [].concat(...pairs)];
  });
  const invertedIndex = lunrJson.invertedIndex.map(([term, posting]) => {
    const copy = Object.assign({}, posting, { _index: map.get(posting._index) });
    return [term, Object.assign({ _index: copy._index }, copy)];
  });
  return Object.assign({}, lunrJson, { fieldVectors, invertedIndex });
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? null : { at: i, ours: a.slice(Math.max(0, i - 80), i + 80), lunr: b.slice(Math.max(0, i - 80), i + 80) };
}

function ranked(results) {
  return results.map((r) => [r.ref, r.score]);
}

function sameRanking(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (Math.abs(a[i][1] - b[i][1]) > 1e-9) return false;
    // Equal scores may come in either order; compare those as sets.
    if (a[i][0] !== b[i][0]) {
      const tie = (list) => list.filter((x) => Math.abs(x[1] - a[i][1]) <= 1e-9).map((x) => x[0]).sort().join(' ');
      if (tie(a) !== tie(b)) return false;
    }
  }
  return true;
}

function compat(input) {
  const ourText = fs.readFileSync(input.indexPath, 'utf8');
  const ourJson = JSON.parse(ourText);
  prepare(input.language, input.fields, input.documents);
  const lunrIndex = build(input.language, input.fields, input.documents);
  const lunrText = JSON.stringify(renumbered(JSON.parse(JSON.stringify(lunrIndex)), ourJson));
  const ours = lunr.Index.load(ourJson);
  const queries = input.queries.map((q) => {
    const a = ranked(search.search(lunr, ours, input.language, q.text, q.typing));
    const b = ranked(search.search(lunr, lunrIndex, input.language, q.text, q.typing));
    return { query: q.text, typing: q.typing, same: sameRanking(a, b), ours: a.slice(0, 5), lunr: b.slice(0, 5), count: a.length };
  });
  return { identicalJson: ourText === lunrText, difference: firstDifference(ourText, lunrText), queries };
}

function query(input) {
  const index = lunr.Index.load(JSON.parse(fs.readFileSync(input.indexPath, 'utf8')));
  const docs = JSON.parse(fs.readFileSync(input.docsPath, 'utf8')).docs;
  return input.queries.map((q) => ({
    query: q.text,
    results: search.search(lunr, index, input.language, q.text, q.typing).map((r) => ({ url: docs[Number(r.ref)].url, score: r.score })),
    highlights: (q.highlight || []).map((text) => search.matches(lunr, input.language, q.text, text, q.typing).map((r) => text.slice(r[0], r[1]))),
  }));
}

// The same queries on the whole index (search.search, which is lunr's own query) and on its shards
// (search.searchShards, with only the shards neededShards names loaded, and the blocks of their split terms);
// results must be identical: the same refs in the same order with the same scores, compared with ===. So must
// the first 1, 3 and 10 results that search.rankShards gives, asked again with the blocks it names until it
// names none, as the browser does. Also: every shard loads into lunr as an index of its own, and the pages
// shown come from the document store's parts as from the whole list.
function shards(input) {
  const whole = lunr.Index.load(JSON.parse(fs.readFileSync(input.indexPath, 'utf8')));
  const wholeDocs = JSON.parse(fs.readFileSync(input.docsPath, 'utf8')).docs;
  const manifest = JSON.parse(fs.readFileSync(input.manifestPath, 'utf8'));
  const read = (name) => JSON.parse(fs.readFileSync(path.join(input.dir, name), 'utf8'));
  const loaded = {};
  // The prefixes file, as the browser loads it for a half-typed word whose prefix spans many shards. Each listed
  // prefix's completions (exact and folded forms) from the shards it lists must be those from every shard it spans.
  const prefixMap = manifest.shards.prefixes ? read(search.prefixesFile(manifest)) : {};
  const badPrefixes = [];
  Object.keys(prefixMap).forEach((prefix) => {
    const load = (i) => loaded[i] || (loaded[i] = search.loadShard(lunr, read(search.shardFile(manifest, i))));
    const spanned = search.shardsForPrefix(manifest, prefix).map(load), listed = prefixMap[prefix].map(load);
    [prefix, '~' + prefix].forEach((form) => {
      const all = search.completions(lunr, spanned, form).join(' '), some = search.completions(lunr, listed, form).join(' ');
      if (all !== some && badPrefixes.length < 10) badPrefixes.push({ form, all, some });
    });
  });
  const withoutMap = { ...manifest, shards: { ...manifest.shards } };
  let prefixQueries = 0;
  if (manifest.shards.prefixes) search.setPrefixes(manifest, prefixMap);
  // A shard's terms as search.js loads them: with the terms it names as copies of others (its "same" member) put back.
  let copies = 0;
  const shardTerms = Array.from({ length: manifest.shards.count }, (_, i) => {
    const json = read(search.shardFile(manifest, i));
    copies += (json.same || []).length;
    return Object.keys(search.loadShard(lunr, json).invertedIndex);
  });
  const queries = input.queries.map((q) => {
    if (search.needsPrefixes(lunr, withoutMap, input.language, q.text, q.typing)) prefixQueries++;
    // The shards, then those of written forms apart that they name, as the browser loads them.
    const shardSet = {};
    for (let needed; (needed = search.neededShards(lunr, manifest, input.language, q.text, q.typing, shardSet).filter((i) => !shardSet[i])).length;) {
      needed.forEach((i) => { shardSet[i] = loaded[i] || (loaded[i] = search.loadShard(lunr, read(search.shardFile(manifest, i)))); });
    }
    const loadBlock = (blocks, [i, b]) => { blocks[search.blockKey(i, b)] = search.loadBlock(lunr, read(search.blockFile(manifest, i, b))); };
    const allBlocks = {};
    const missing = search.missingBlocks(lunr, manifest, shardSet, {}, input.language, q.text, q.typing);
    missing.forEach((ib) => loadBlock(allBlocks, ib));
    const a = search.search(lunr, whole, input.language, q.text, q.typing).map((r) => [r.ref, r.score]);
    const b = search.searchShards(lunr, manifest, shardSet, input.language, q.text, q.typing, allBlocks).map((r) => [r.ref, r.score]);
    const firstDifference = (x, y) => {
      for (let i = 0; i < Math.max(x.length, y.length); i++) {
        if (!x[i] || !y[i] || x[i][0] !== y[i][0] || x[i][1] !== y[i][1]) return { at: i, whole: x[i] || null, sharded: y[i] || null };
      }
      return null;
    };
    const difference = firstDifference(a, b);
    const ranked = [1, 3, 10].map((count) => {
      const blocks = {};
      let r, rounds = 0;
      const outOfBounds = [];
      for (;;) {
        r = search.rankShards(lunr, manifest, shardSet, blocks, input.language, q.text, q.typing, count);
        if (!r.need.length) break;
        // Before blocks are fetched, each page's bounds must hold its score in the whole index: an upper bound
        // too low (by part of a level) would leave a page out of the first results without any test query's
        // ranking showing it.
        const bounded = new Map(r.bounds.map((p) => [String(p.page), p]));
        a.forEach(([ref, score]) => {
          const p = bounded.get(ref), slack = 1e-9 * Math.max(1, Math.abs(score));
          if ((!p || score < p.low - slack || score > p.high + slack) && outOfBounds.length < 5) outOfBounds.push({ ref, score, low: p ? p.low : null, high: p ? p.high : null });
        });
        rounds++;
        r.need.forEach((ib) => loadBlock(blocks, ib));
      }
      const got = r.results.slice(0, count).map((x) => [x.ref, x.score]);
      return {
        count, rounds, complete: r.complete, atLeast: r.atLeast, blocks: Object.keys(blocks).length, outOfBounds,
        difference: firstDifference(a.slice(0, count), got),
        // A result list said to be whole is whole; one said to be partial undercounts at most.
        countRight: r.complete ? r.results.length === a.length : r.atLeast <= a.length && r.atLeast >= got.length,
      };
    });
    const parts = {};
    search.docParts(manifest, b.slice(0, 10).map((r) => r[0])).forEach((j) => { parts[j] = read(search.docsFile(manifest, j)).docs; });
    const pagesMatch = b.slice(0, 10).every(([ref]) => {
      const n = Number(ref);
      const part = parts[Math.floor(n / manifest.docs.size)];
      return part && JSON.stringify(part[n % manifest.docs.size]) === JSON.stringify(wholeDocs[n]);
    });
    return { query: q.text, typing: q.typing, count: a.length, shards: Object.keys(shardSet).length, splitBlocks: missing.length, identical: difference === null, difference, ranked, top: b.slice(0, 3), pagesMatch };
  });
  // Every split term's levels, as search.js reads them, hold each tail page's weight (its field-vector entries for
  // the term, added over fields, from the blocks) within its eighth of the bound; a page outside the tail is 0.
  const badLevels = [];
  for (let i = 0; i < manifest.shards.count && badLevels.length < 10; i++) {
    const json = read(search.shardFile(manifest, i));
    if (!json.tails) continue;
    const shard = search.loadShard(lunr, json);
    json.tails.terms.forEach(([term, bound]) => {
      const tail = shard.tails[term], number = shard.invertedIndex[term]._index;
      const weight = new Float64Array(manifest.documents), inTail = new Uint8Array(manifest.documents);
      tail.starts.forEach((_, b) => {
        // A written form apart's tail is in the blocks of its key's shard.
        const block = read(search.blockFile(manifest, json.tails.shard !== undefined ? json.tails.shard : i, b));
        const posting = block.invertedIndex.find(([t]) => t === term);
        if (!posting) return;
        manifest.fields.forEach((field) => Object.keys(posting[1][field]).forEach((ref) => { inTail[Number(ref)] = 1; }));
        block.fieldVectors.forEach(([fieldRef, elements]) => {
          for (let k = 0; k < elements.length; k += 2) if (elements[k] === number) weight[Number(fieldRef.split('/')[1])] += elements[k + 1];
        });
      });
      for (let page = 0; page < manifest.documents; page++) {
        const level = search.levelOf(tail, page), step = bound / search.LEVELS;
        const right = inTail[page]
          ? level >= 1 && level <= search.LEVELS && weight[page] <= level * step + 1e-9 && (level === 1 || weight[page] > (level - 1) * step + 1e-9)
          : level === 0;
        if (!right && badLevels.length < 10) badLevels.push({ term, page, level, weight: weight[page], bound, inTail: inTail[page] === 1 });
      }
    });
  }
  // Every term lives in the shard its routing key names, or in the shard of its own that that shard names for it
  // (a written form apart), and nowhere else.
  const misplaced = [];
  const seen = new Set();
  const formsApart = new Map();
  for (let i = 0; i < manifest.shards.count; i++) (read(search.shardFile(manifest, i)).forms || []).forEach(([term, , shard]) => formsApart.set(term, shard));
  shardTerms.forEach((terms, i) => terms.forEach((term) => {
    const home = formsApart.has(term) ? formsApart.get(term) : search.shardFor(manifest, search.routingKey(term));
    if (home !== i && misplaced.length < 10) misplaced.push({ term, shard: i });
    seen.add(term);
  }));
  const wholeTerms = Object.keys(whole.invertedIndex);
  const missing = wholeTerms.filter((t) => !seen.has(t)).slice(0, 10);
  return { shardCount: manifest.shards.count, termCount: wholeTerms.length, shardTermCount: seen.size, copies, formsApart: formsApart.size, prefixQueries, prefixCount: Object.keys(prefixMap).length, badPrefixes, misplaced, missing, badLevels, queries };
}
