'use strict';
/*
 * Builds a search index with lunr.js's own Builder, using the same analysis as the generator (the
 * analysers in templates/assets/search.js, registered as lunr pipeline functions). The compatibility test
 * compares its result with the generator's; the benchmark times it against the generator.
 *
 * Input documents: { id, texts: [one string per field] }, fields: [{ name, boost }].
 */
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..');
const lunr = require(path.join(repoRoot, 'node_modules', 'lunr'));
const search = require(path.join(repoRoot, 'templates', 'assets', 'search.js'));

// Bigrams that occur in one field of one page are dropped (UniquePhrases.cs); this is the set for the
// documents being built, which the pipeline function consults.
let uniquePhrases = new Set();

function fieldTerms(analyzer, text) {
  const tokens = search.tokenize(search.normalize(text == null ? '' : String(text)));
  const terms = [];
  tokens.forEach((token, i) => terms.push(...analyzer.tokenTerms(token, i > 0 ? tokens[i - 1] : null)));
  return terms;
}

function findUniquePhrases(language, fields, documents) {
  const analyzer = search.analyzer(lunr, language);
  const postings = new Map();
  documents.forEach((document) => fields.forEach((field, f) => {
    new Set(fieldTerms(analyzer, document.texts[f])).forEach((term) => {
      if (term.startsWith(search.BIGRAM_PREFIX)) postings.set(term, (postings.get(term) || 0) + 1);
    });
  }));
  return new Set([...postings].filter(([, count]) => count === 1).map(([term]) => term));
}

function pipelineFunction(language) {
  const label = 'statickb-' + language;
  if (!lunr.Pipeline.registeredFunctions[label]) {
    const analyzer = search.analyzer(lunr, language);
    const fn = function (token, i, tokens) {
      const previous = i > 0 ? tokens[i - 1].metadata.token : null;
      return analyzer.tokenTerms(token.metadata.token, previous)
        .filter((term) => !uniquePhrases.has(term))
        .map((term) => new lunr.Token(term, {}));
    };
    lunr.Pipeline.registerFunction(fn, label);
  }
  return lunr.Pipeline.registeredFunctions[label];
}

function tokenizer(obj) {
  if (obj === null || obj === undefined) return [];
  return search.tokenize(search.normalize(String(obj))).map((token) => new lunr.Token(token.text, { token }));
}

/** Corpus statistics the pipeline needs before lunr builds; the benchmark does not count this against lunr. */
function prepare(language, fields, documents) {
  uniquePhrases = findUniquePhrases(language, fields, documents);
}

function build(language, fields, documents) {
  const builder = new lunr.Builder();
  builder.tokenizer = tokenizer;
  builder.pipeline.add(pipelineFunction(language));
  if (language === 'en') builder.searchPipeline.add(lunr.stemmer);
  builder.ref('id');
  fields.forEach((field) => builder.field(field.name, { boost: field.boost }));
  documents.forEach((document) => {
    const doc = { id: document.id };
    fields.forEach((field, i) => { doc[field.name] = document.texts[i]; });
    builder.add(doc);
  });
  return builder.build();
}

module.exports = { lunr, search, prepare, build, repoRoot };
