/*
 * StaticKb search: query analysis and the search UI. Plain ES2017, no build step, no inline script,
 * nothing fetched from another host.
 *
 * The analysis half mirrors the generator's Index stage (generator/Index/*.cs): the same character tables,
 * tokenizer, Vietnamese folding, bigrams and English pipeline (lunr's own trimmer, stop-word filter and
 * stemmer), so a query is cut into the very terms the index holds. SearchAnalyzerParityTests runs this file
 * under node against vectors the C# code writes; keep the two in step.
 *
 * The UI half: any page with <form role="search"> loads lunr.js and the index of its language, from the
 * URLs in data-lunr, data-index and data-docs on #search, when the reader first focuses or types in the box.
 * The search page (#search[data-search-page]) shows results as the reader types. A large site's index is
 * sharded (generator/Index/SearchShards.cs): data-index is then a manifest, and each query fetches only the
 * shards its terms are in and the parts of the page list for the results it shows.
 */
(function (global) {
  'use strict';

  // ---- Character tables: generator/Index/SearchText.cs --------------------------------------------

  var SEPARATOR_RANGES = [
    [0x0000, 0x002F], [0x003A, 0x0040], [0x005B, 0x0060], [0x007B, 0x00BF],
    [0x00D7, 0x00D7], [0x00F7, 0x00F7], [0x2000, 0x206F], [0x20A0, 0x20CF],
    [0x2100, 0x2BFF], [0x3000, 0x303F], [0xD800, 0xF8FF], [0xFDD0, 0xFDEF], [0xFE10, 0xFE1F],
    [0xFE30, 0xFE6F], [0xFF00, 0xFF0F], [0xFF1A, 0xFF20], [0xFF3B, 0xFF40],
    [0xFF5B, 0xFF65], [0xFFF0, 0xFFFF]
  ];
  var SOFT_SEPARATORS = [
    0x0009, 0x0020, 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
    0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000
  ];
  var LOWER_CASE_RANGES = [[0x0000, 0x052F], [0x1E00, 0x1FFF]];

  var WORD = 0, SEPARATOR = 1, SOFT = 2;
  var classes = new Uint8Array(0x10000);
  SEPARATOR_RANGES.forEach(function (range) { classes.fill(SEPARATOR, range[0], range[1] + 1); });
  SOFT_SEPARATORS.forEach(function (c) { classes[c] = SOFT; });

  function isWordCode(code) { return classes[code] === WORD; }
  function isDigitCode(code) { return code >= 48 && code <= 57; }

  function lowerChar(ch) {
    var code = ch.charCodeAt(0);
    for (var r = 0; r < LOWER_CASE_RANGES.length; r++) {
      if (code >= LOWER_CASE_RANGES[r][0] && code <= LOWER_CASE_RANGES[r][1]) {
        var lower = ch.toLowerCase();
        return lower.length === 1 ? lower : ch;
      }
    }
    return ch;
  }

  /** NFC, then lower case one UTF-16 unit at a time (offsets stay those of the NFC text). */
  function normalize(text) {
    var nfc = String(text).normalize('NFC');
    var out = '';
    for (var i = 0; i < nfc.length; i++) {
      var code = nfc.charCodeAt(i);
      out += code < 0x80
        ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : nfc[i])
        : lowerChar(nfc[i]);
    }
    return out;
  }

  var foldCache = Object.create(null);

  /** fold(s) = NFC(NFD(s) without U+0300–U+036F, with đ→d, Đ→D): generator/Index/VietnameseFolding.cs */
  function fold(s) {
    if (!/[^\u0000-\u007f]/.test(s)) return s;
    var cached = foldCache[s];
    if (cached !== undefined) return cached;
    var folded = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/\u0111/g, 'd').replace(/\u0110/g, 'D').normalize('NFC');
    foldCache[s] = folded;
    return folded;
  }

  // ---- Tokenizer: generator/Index/SearchTokenizer.cs ------------------------------------------------

  /**
   * Splits normalised text into tokens { text, kind: 'word' | 'number' | 'code', start, length, phrase },
   * where phrase is true when punctuation or a line break comes before the token.
   */
  function tokenize(s) {
    var tokens = [];
    var n = s.length;
    var phraseBreak = true;
    var i = 0;
    while (i < n) {
      var code = s.charCodeAt(i);
      if (!isWordCode(code)) {
        if (classes[code] !== SOFT) phraseBreak = true;
        i++;
        continue;
      }
      var start = i;
      var hasJoiner = false, hasDigit = false, onlyDigitsAndDots = true, hasComma = false;
      while (i < n) {
        code = s.charCodeAt(i);
        if (isWordCode(code)) {
          if (isDigitCode(code)) hasDigit = true; else onlyDigitsAndDots = false;
          i++;
        } else if ((code === 45 || code === 47) && i + 1 < n && isWordCode(s.charCodeAt(i + 1))) {
          hasJoiner = true;
          onlyDigitsAndDots = false;
          i++;
        } else if ((code === 46 || code === 44) && isDigitCode(s.charCodeAt(i - 1)) && i + 1 < n && isDigitCode(s.charCodeAt(i + 1))) {
          if (code === 44) hasComma = true;
          i++;
        } else {
          break;
        }
      }
      var length = i - start;
      var text = s.substr(start, length);
      if (hasComma) text = text.replace(/,/g, '.');
      if (onlyDigitsAndDots) {
        tokens.push({ text: text, kind: 'number', start: start, length: length, phrase: phraseBreak });
      } else if (hasJoiner && hasDigit) {
        tokens.push({ text: text, kind: 'code', start: start, length: length, phrase: phraseBreak });
      } else if (hasJoiner) {
        var partStart = 0;
        for (var j = 0; j <= text.length; j++) {
          if (j < text.length && text[j] !== '-' && text[j] !== '/') continue;
          tokens.push({ text: text.substring(partStart, j), kind: 'word', start: start + partStart, length: j - partStart, phrase: phraseBreak });
          phraseBreak = false;
          partStart = j + 1;
        }
      } else {
        tokens.push({ text: text, kind: 'word', start: start, length: length, phrase: phraseBreak });
      }
      phraseBreak = false;
    }
    return tokens;
  }

  /** The digits a code starts with (15 of 15-ct/tw), or null: DocumentNumberTerms.LeadingNumber */
  function leadingNumber(code) {
    var end = 0;
    while (end < code.length && isDigitCode(code.charCodeAt(end))) end++;
    if (end === 0 || end === code.length || (code[end] !== '-' && code[end] !== '/')) return null;
    return code.substring(0, end);
  }

  // ---- Analysers: VietnameseAnalyzer.cs and EnglishAnalyzer.cs ---------------------------------------

  var FOLDED_PREFIX = '~';
  var BIGRAM_PREFIX = '+';

  /** Two tokens' keys as a bigram term: VietnameseAnalyzer.Bigram */
  function bigram(first, second) { return BIGRAM_PREFIX + first + ' ' + second; }

  var vietnamese = {
    language: 'vi',
    searchPipeline: [],
    /** What a token is known by in a bigram. */
    key: function (token) {
      if (token.kind === 'word') return fold(token.text);
      if (token.kind === 'number') return token.text;
      var code = fold(token.text);
      return leadingNumber(code) || code;
    },
    /** The index terms of one token, given the token before it in the same text (or null). */
    tokenTerms: function (token, previous) {
      var terms;
      if (token.kind === 'word') {
        var folded = fold(token.text);
        terms = folded === token.text ? [token.text] : [token.text, FOLDED_PREFIX + folded];
      } else {
        terms = token.kind === 'number' ? [token.text] : [fold(token.text)];
      }
      if (previous && !token.phrase) terms.push(bigram(vietnamese.key(previous), vietnamese.key(token)));
      return terms;
    }
  };

  function english(lunr) {
    var wordTerms = Object.create(null);
    /** lunr's trimmer, stop-word filter and stemmer on the folded word; null when nothing is left. */
    function wordTerm(word) {
      if (word in wordTerms) return wordTerms[word];
      var token = lunr.trimmer(new lunr.Token(fold(word), {}));
      var term = token.str === '' || !lunr.stopWordFilter(token) ? null : lunr.stemmer(token).toString();
      wordTerms[word] = term;
      return term;
    }
    /** A number's key, or a code's leading number (or the code): EnglishAnalyzer's NumberKey */
    function numberKey(token) {
      if (token.kind === 'number') return token.text;
      var code = fold(token.text);
      return leadingNumber(code) || code;
    }
    return {
      language: 'en',
      searchPipeline: ['stemmer'],
      wordTerm: wordTerm,
      /** The index terms of one token; a number right after a word also gives a pair (+direct 15). */
      tokenTerms: function (token, previous) {
        if (token.kind === 'word') {
          var term = wordTerm(token.text);
          return term === null ? [] : [term];
        }
        var terms = [token.kind === 'number' ? token.text : fold(token.text)];
        if (previous && previous.kind === 'word' && !token.phrase) {
          var previousTerm = wordTerm(previous.text);
          if (previousTerm !== null) terms.push(bigram(previousTerm, numberKey(token)));
        }
        return terms;
      }
    };
  }

  var englishAnalyzer = null, englishLunr = null;

  function analyzer(lunr, language) {
    if (language === 'vi') return vietnamese;
    if (language === 'en') {
      if (englishLunr !== lunr) { englishAnalyzer = english(lunr); englishLunr = lunr; }
      return englishAnalyzer;
    }
    throw new Error('No search analyser for language ' + language);
  }

  /** The index terms of a field's text, as the generator writes them. */
  function terms(lunr, language, text) {
    var a = analyzer(lunr, language);
    var tokens = tokenize(normalize(text));
    var out = [];
    for (var i = 0; i < tokens.length; i++) {
      Array.prototype.push.apply(out, a.tokenTerms(tokens[i], i > 0 ? tokens[i - 1] : null));
    }
    return out;
  }

  // ---- Queries --------------------------------------------------------------------------------------

  /*
   * Boosts of query clauses. An exact Vietnamese word matches its exact and its folded term, a folded
   * match only the folded one, so exact matches rank first; a bigram adds weight to words that stand
   * together as typed. Numbers and codes count as much as an exact word with its folded form.
   */
  var BOOST = { exact: 2, folded: 1, bigram: 2, code: 3, prefix: 1, english: 1 };
  var MIN_PREFIX = 3;
  // A half-typed word matches at most this many of its completions: "ngh" starts hundreds of words, and
  // every one would add its pages to the query.
  var MAX_COMPLETIONS = 8;

  /** Splits a query into segments { text, quoted } at straight and curly double quotes. */
  function segments(query) {
    var out = [];
    var parts = String(query).split(/["\u201c\u201d\u201e]/);
    for (var i = 0; i < parts.length; i++) {
      if (/\S/.test(parts[i])) out.push({ text: parts[i], quoted: i % 2 === 1 });
    }
    return out;
  }

  /**
   * The lunr clauses of a query. With typing set (results as you type), a last word that the reader may
   * not have finished also matches as a prefix. Quoted words and their bigrams are required.
   */
  function clauses(lunr, language, query, typing) {
    var a = analyzer(lunr, language);
    var required = lunr.Query.presence.REQUIRED, optional = lunr.Query.presence.OPTIONAL;
    var out = [];
    var last = null;
    segments(query).forEach(function (segment) {
      var tokens = tokenize(normalize(segment.text));
      var presence = segment.quoted ? required : optional;
      tokens.forEach(function (token, i) {
        var previous = i > 0 ? tokens[i - 1] : null;
        if (language === 'vi') {
          if (token.kind === 'word') {
            // The exact word; its folded form among folded words (other tone variants); and the folded
            // form as written, for pages that have it without diacritics (the index keeps no ~ form then).
            var folded = fold(token.text);
            out.push({ term: token.text, boost: BOOST.exact, presence: optional });
            out.push({ term: FOLDED_PREFIX + folded, boost: BOOST.folded, presence: optional });
            if (folded !== token.text) out.push({ term: folded, boost: BOOST.folded, presence: optional });
          } else {
            out.push({ term: a.tokenTerms(token, null)[0], boost: BOOST.code, presence: presence });
          }
          if (previous && !token.phrase) {
            out.push({ term: bigram(a.key(previous), a.key(token)), boost: BOOST.bigram, presence: presence });
          }
        } else {
          a.tokenTerms(token, previous).forEach(function (term, k) {
            out.push({ term: term, boost: k === 0 ? BOOST.english : BOOST.bigram, presence: presence });
          });
        }
        last = { token: token, quoted: segment.quoted };
      });
    });

    var open = typing && last && !last.quoted && last.token.kind === 'word' && !/[\s"\u201c\u201d\u201e]$/.test(query);
    if (open) {
      var prefix = language === 'vi' ? FOLDED_PREFIX + fold(last.token.text) : lunr.trimmer(new lunr.Token(fold(last.token.text), {})).str;
      if (prefix.length >= MIN_PREFIX + (language === 'vi' ? 1 : 0)) {
        out.push({ term: prefix, boost: BOOST.prefix, presence: optional, wildcard: lunr.Query.wildcard.TRAILING });
        // Unaccented words have no ~ form in the index: look for the prefix among plain words too.
        if (language === 'vi') out.push({ term: prefix.slice(FOLDED_PREFIX.length), boost: BOOST.prefix, presence: optional, wildcard: lunr.Query.wildcard.TRAILING });
      }
    }
    return { clauses: out, prefix: open ? last.token : null };
  }

  /**
   * The completions of a prefix in one or more indexes (the whole index, or the shards the prefix spans), at
   * most MAX_COMPLETIONS: those on most pages, which are the lowest term numbers (the generator numbers terms
   * by postings, most first, and shards keep the whole index's numbers), in that order.
   */
  function completions(lunr, indexes, prefix) {
    var set = lunr.TokenSet.fromString(prefix + '*');
    var found = [];
    indexes.forEach(function (index) {
      index.tokenSet.intersect(set).toArray().forEach(function (term) {
        found.push([term, index.invertedIndex[term]._index]);
      });
      // A shard's written forms apart are its terms too (loadShard).
      for (var term in index.forms || {}) if (term.lastIndexOf(prefix, 0) === 0) found.push([term, index.forms[term].number]);
    });
    return found
      .sort(function (a, b) { return a[1] - b[1]; })
      .slice(0, MAX_COMPLETIONS)
      .map(function (pair) { return pair[0]; });
  }

  /** The clauses with wildcards replaced by the prefix's completions (completionsOf(prefix) → terms). */
  function expand(built, completionsOf) {
    var expanded = [];
    built.clauses.forEach(function (c) {
      if (!c.wildcard) { expanded.push(c); return; }
      completionsOf(c.term).forEach(function (term) {
        expanded.push({ term: term, boost: c.boost, presence: c.presence });
      });
    });
    return expanded;
  }

  /**
   * The index drops bigrams that only one page has (UniquePhrases.cs): a quoted phrase cannot require one,
   * so it falls back to ranking by its words.
   */
  function presenceOf(lunr, clause, indexed) {
    return clause.presence === lunr.Query.presence.REQUIRED && clause.term.charAt(0) === BIGRAM_PREFIX && !indexed(clause.term)
      ? lunr.Query.presence.OPTIONAL : clause.presence;
  }

  /** Runs a query on a loaded lunr.Index; returns lunr's results, best first. */
  function search(lunr, index, language, query, typing) {
    var built = clauses(lunr, language, query, typing);
    if (built.clauses.length === 0) return [];
    var expanded = expand(built, function (prefix) { return completions(lunr, [index], prefix); });
    var indexed = function (term) { return term in index.invertedIndex; };
    return index.query(function (q) {
      expanded.forEach(function (c) {
        q.term(c.term, { boost: c.boost, presence: presenceOf(lunr, c, indexed), usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
      });
    });
  }

  // ---- Shards: generator/Index/SearchShards.cs --------------------------------------------------------

  /** The key a term is routed to its shard by: SearchShards.RoutingKey */
  function routingKey(term) {
    return fold(term.charAt(0) === FOLDED_PREFIX ? term.slice(1) : term);
  }

  /**
   * The shard that holds key's terms. A bigram or pair (SearchShards.RoutedByHash) is in a shard of its own if
   * the manifest lists it (in ordinal order), else in a bucket by its hash; any other key is in the last shard
   * whose boundary is at most key (ordinal order).
   */
  function shardFor(manifest, key) {
    var hashed = manifest.shards.hashed;
    if (key.charAt(0) === '+') {
      var alone = hashed.alone, low = 0, high = alone.length - 1;
      while (low <= high) {
        var middle = (low + high) >> 1;
        if (alone[middle] === key) return hashed.first + hashed.buckets + middle;
        if (alone[middle] < key) low = middle + 1; else high = middle - 1;
      }
      return hashed.first + keyHash(key) % hashed.buckets;
    }
    var keys = manifest.shards.keys;
    var lo = 0, hi = keys.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (keys[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** 32-bit FNV-1a of a key's UTF-16 code units: SearchShards.KeyHash */
  function keyHash(key) {
    var hash = 2166136261;
    for (var i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
    return hash;
  }

  /** The shards that may hold terms whose key starts with prefix (never a bigram's: those are not searched by prefix). */
  function shardsForPrefix(manifest, prefix) {
    var out = [];
    var keys = manifest.shards.keys;
    for (var i = shardFor(manifest, prefix); i < keys.length; i++) {
      if (out.length && !(keys[i] < prefix + '\uffff')) break;
      out.push(i);
    }
    return out;
  }

  /**
   * Whether a prefix spans so many shards that the prefixes file says which of them hold its completions
   * (generator/Index/PrefixShards.cs): manifest.shards.prefixes is that many, and the file is
   * search-{lang}-{hash}/prefixes.json, {prefix: [shard, …], …}.
   */
  function listedPrefix(manifest, key) {
    return !!manifest.shards.prefixes && shardsForPrefix(manifest, key).length >= manifest.shards.prefixes;
  }

  /** The shards that hold a prefix's completions: those the prefix spans, or those the prefixes file lists. */
  function completionShards(manifest, key) {
    if (!listedPrefix(manifest, key)) return shardsForPrefix(manifest, key);
    if (!manifest.shards.prefixMap) throw new Error('prefixes not loaded for ' + key);
    return manifest.shards.prefixMap[key] || [];
  }

  /** Whether a query needs the prefixes file (prefixesFile) before its shards can be named. */
  function needsPrefixes(lunr, manifest, language, query, typing) {
    return !manifest.shards.prefixMap && clauses(lunr, language, query, typing).clauses.some(function (c) {
      return c.wildcard && listedPrefix(manifest, routingKey(c.term));
    });
  }

  /** Keeps the prefixes file's content with the manifest, for completionShards. */
  function setPrefixes(manifest, json) { manifest.shards.prefixMap = json; }

  /**
   * The shards a query needs (numbers in the manifest, ascending): one per term, and those that hold a half-typed
   * word's completions (with the prefixes file loaded first if needsPrefixes says so). With the shards loaded so
   * far (shards: as for searchShards), also the shards of the query's written forms that their key's shard names as
   * shards of their own (formShard): ask again once those named are loaded, until it names none that are not.
   */
  function neededShards(lunr, manifest, language, query, typing, shards) {
    var needed = Object.create(null);
    var built = clauses(lunr, language, query, typing);
    built.clauses.forEach(function (c) {
      if (c.wildcard) completionShards(manifest, routingKey(c.term)).forEach(function (i) { needed[i] = true; });
      else needed[shardFor(manifest, routingKey(c.term))] = true;
    });
    var numbers = Object.keys(needed).map(Number);
    if (shards && numbers.every(function (i) { return shards[i]; })) {
      shardClauses(lunr, manifest, shards, built).forEach(function (c) {
        var form = formShard(shards[shardFor(manifest, routingKey(c.term))], c.term);
        if (form >= 0 && !needed[form]) { needed[form] = true; numbers.push(form); }
      });
    }
    return numbers.sort(function (a, b) { return a - b; });
  }

  /** The clauses of a query on a sharded index, a half-typed word's wildcard replaced by its completions. */
  function shardClauses(lunr, manifest, shards, built) {
    return expand(built, function (prefix) {
      return completions(lunr, completionShards(manifest, routingKey(prefix)).map(function (i) { return shards[i]; }), prefix);
    });
  }

  /** The terms a query looks up on a sharded index (completions included); shards as for searchShards. */
  function shardQueryTerms(lunr, manifest, shards, language, query, typing) {
    return shardClauses(lunr, manifest, shards, clauses(lunr, language, query, typing)).map(function (c) { return c.term; });
  }

  // ---- Split terms: generator/Index/TermTail.cs -----------------------------------------------------
  //
  // A term on thousands of pages keeps only its head (the pages where it weighs most) in its shard. The
  // shard's "tails" member lists such terms and where the blocks of their tails start:
  // {"starts": [page, …], "terms": [[term, bound, pages], …], "levels": [{"rows": "…", "codes": "…"}, …]}. Block j
  // holds the split terms' postings on the pages from starts[j] up to the next start, outside their heads, and is a
  // lunr index of its own, in file search-{lang}-{hash}/{shard ÷ folder}/{shard}/{j}.json (a written form apart's
  // shard names its key's shard, "shard": n, whose blocks hold its tail with the key's other forms'). bound is the most that any
  // page of a term's tail weighs for it (its field-vector entries added over fields). levels gives each page a level
  // per split term (see tailLevels): 0 if the page is not in the term's tail, else l (1 to LEVELS) where the page
  // weighs more than (l − 1) / LEVELS of bound and at most l / LEVELS of it.

  /** What levels divides a tail's bound into (generator/Index/TermTail.cs, LevelCount). */
  var LEVELS = 8;

  /** A shard's JSON loaded into lunr, with its split terms' tails beside it (lunr.Index.load drops them). */
  function loadShard(lunr, json) {
    var index = lunr.Index.load(expandSame(json));
    index.tails = Object.create(null);
    if (json.tails) {
      var levels = tailLevels(json.tails);
      json.tails.terms.forEach(function (t, k) {
        // A written form apart's tail is in the blocks of its key's shard (tails.shard).
        index.tails[t[0]] = { bound: t[1], starts: json.tails.starts, levels: levels[k], shard: json.tails.shard };
      });
    }
    (json.same || []).forEach(function (s) { if (index.tails[s[2]]) index.tails[s[0]] = index.tails[s[2]]; });
    // A word's written forms that are shards of their own (SearchSharding.FormApartChars): [term, number, shard].
    index.forms = Object.create(null);
    (json.forms || []).forEach(function (f) { index.forms[f[0]] = { number: f[1], shard: f[2] }; });
    return index;
  }

  /** The shard a term's key's shard names as the term's own (a written form apart), or -1. */
  function formShard(shard, term) {
    var form = shard && shard.forms && shard.forms[term];
    return form ? form.shard : -1;
  }

  /** A block's JSON loaded into lunr. */
  function loadBlock(lunr, json) {
    return lunr.Index.load(expandSame(json));
  }

  /**
   * A shard or block writes a term whose postings (pages, fields, scores) are another's of its key only once:
   * its "same" member lists [term, number, original] (a Vietnamese word with one written form, đức, and its
   * folded form, ~duc, have the same postings). Each is put back here, as lunr would have written it, under its
   * own number: a posting like the original's in the inverted index (in term order, which lunr.Index.load needs
   * for its token set), and an entry equal to the original's in each field vector that has one (in number
   * order, which lunr's Vector needs). Changes json; returns it.
   */
  function expandSame(json) {
    if (!json.same) return json;
    var postings = json.invertedIndex;
    json.same.forEach(function (s) {
      var copy = s[0], number = s[1], original = s[2];
      var from = -1;
      for (var i = 0; i < postings.length; i++) if (postings[i][0] === original) { from = i; break; }
      if (from < 0) return;
      var originalNumber = postings[from][1]._index, posting = { _index: number };
      Object.keys(postings[from][1]).forEach(function (field) { if (field !== '_index') posting[field] = postings[from][1][field]; });
      var at = 0;
      while (at < postings.length && postings[at][0] < copy) at++;
      postings.splice(at, 0, [copy, posting]);
      json.fieldVectors.forEach(function (vector) {
        var elements = vector[1], value;
        for (var k = 0; k < elements.length; k += 2) if (elements[k] === originalNumber) { value = elements[k + 1]; break; }
        if (value === undefined) return;
        var to = 0;
        while (to < elements.length && elements[to] < number) to += 2;
        elements.splice(to, 0, number, value);
      });
    });
    return json;
  }

  /** A tail page's level (1 to LEVELS); 0 for a page not in the tail. */
  function levelOf(tail, page) {
    return tail.levels[page];
  }

  /** How many split terms one group of level rows covers (TermTail.TermsPerLevelRows). */
  var TERMS_PER_LEVEL_ROWS = 4;

  /** The rank of the row a character of a group's codes stands for (TermTail.RowCode). */
  function rowRank(code) {
    return code < 92 ? code - 35 : code < 127 ? code - 36 : code - 0xa1 + 91;
  }

  /**
   * Each split term's levels, one byte per page, from the shard's groups of rows: group g covers terms
   * g × TERMS_PER_LEVEL_ROWS onwards; its codes give each page's row (a character per page), and its rows
   * string holds the rows, one after another, a digit per term of the group.
   */
  function tailLevels(tails) {
    var out = [];
    tails.levels.forEach(function (group, g) {
      var first = g * TERMS_PER_LEVEL_ROWS, width = Math.min(TERMS_PER_LEVEL_ROWS, tails.terms.length - first);
      var codes = group.codes, rows = group.rows;
      for (var k = 0; k < width; k++) {
        var levels = new Uint8Array(codes.length);
        for (var page = 0; page < codes.length; page++) levels[page] = rows.charCodeAt(rowRank(codes.charCodeAt(page)) * width + k) - 48;
        out.push(levels);
      }
    });
    return out;
  }

  /** Which of a tail's blocks would hold page ref: the last whose start is at most ref; -1 before the first. */
  function blockOf(tail, ref) {
    var lo = 0, hi = tail.starts.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (tail.starts[mid] <= ref) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /** A block's key in the map of loaded blocks, and in blockFile. */
  function blockKey(shard, block) { return shard + '-' + block; }

  /**
   * A query on a sharded index: its clauses (in lunr's order, expanded), each with its presence and its term,
   * and the query vector. A term: its number, the shard whose blocks hold its tail if it is split (its own, or a
   * written form apart's key's), its tail, the loaded
   * lunr indexes holding its postings (its shard, then its tail's loaded blocks) and how many blocks are not
   * loaded. Null for a query without terms.
   */
  function shardQuery(lunr, manifest, shards, blocks, language, query, typing) {
    var built = clauses(lunr, language, query, typing);
    if (built.clauses.length === 0) return null;
    var holder = function (term) {
      var i = shardFor(manifest, routingKey(term));
      if (!shards[i]) throw new Error('shard not loaded for ' + term);
      if (term in shards[i].invertedIndex) return i;
      var form = formShard(shards[i], term);
      if (form < 0) return -1;
      if (!shards[form]) throw new Error('shard not loaded for ' + term);
      return form;
    };
    var queryVector = new lunr.Vector(), byTerm = Object.create(null), terms = [];
    var sum = function (a, b) { return a + b; };
    var out = shardClauses(lunr, manifest, shards, built).map(function (c) {
      var presence = presenceOf(lunr, c, function (term) { return holder(term) >= 0; });
      var i = holder(c.term);
      if (i < 0) return { presence: presence, term: null };
      var shard = shards[i], posting = shard.invertedIndex[c.term];
      // lunr upserts the term into each field's query vector; all fields get the same, so one vector does.
      queryVector.upsert(posting._index, c.boost, sum);
      var t = byTerm[c.term];
      if (!t) {
        var tail = (shard.tails && shard.tails[c.term]) || null;
        var blocksOf = tail && tail.shard !== undefined ? tail.shard : i; // the shard whose blocks hold the tail
        t = byTerm[c.term] = { term: c.term, number: posting._index, blocksOf: blocksOf, tail: tail, parts: [shard], missing: 0, loaded: null };
        if (tail) t.loaded = new Uint8Array(tail.starts.length);
        for (var b = 0; tail && b < tail.starts.length; b++) {
          var block = blocks && blocks[blockKey(blocksOf, b)];
          if (block) { t.parts.push(block); t.loaded[b] = 1; } else t.missing++;
        }
        terms.push(t);
      }
      return { presence: presence, term: t };
    });
    return { clauses: out, terms: terms, queryVector: queryVector };
  }

  /** A term's refs in a field, ascending, from all its parts (a block may lack the term). */
  function refsOf(t, field) {
    if (t.parts.length === 1) return Object.keys(t.parts[0].invertedIndex[t.term][field]);
    var refs = [];
    t.parts.forEach(function (part) {
      var posting = part.invertedIndex[t.term];
      if (posting) Array.prototype.push.apply(refs, Object.keys(posting[field]));
    });
    return refs.sort(function (a, b) { return a - b; });
  }

  /** The blocks (as [shard, block]) of the query's split terms that are not loaded: all a whole result list needs. */
  function missingBlocks(lunr, manifest, shards, blocks, language, query, typing) {
    var q = shardQuery(lunr, manifest, shards, blocks, language, query, typing), out = [];
    if (q) q.terms.forEach(function (t) { missingOf(t, blocks, out); });
    return out;
  }

  function missingOf(t, blocks, out) {
    for (var b = 0; t.tail && b < t.tail.starts.length; b++) {
      var key = blockKey(t.blocksOf, b);
      if (!(blocks && blocks[key]) && !out.some(function (x) { return blockKey(x[0], x[1]) === key; })) out.push([t.blocksOf, b]);
    }
  }

  /**
   * Runs a query on the shards of a sharded index; shards maps shard numbers to indexes loadShard made and
   * must hold every shard neededShards names, and blocks (keyed by blockKey) every block of the query's
   * split terms (missingBlocks). Returns what search() returns on the whole index: the same refs, in the same
   * order, with the same scores, bit for bit.
   *
   * This is lunr.Index.prototype.query (lunr 2.3.9) for the clauses search.js makes (exact terms, all
   * fields, optional or required, no pipeline), with each term looked up in its shard. lunr scores a field
   * as queryVector.similarity(fieldVector): the dot product over the query's terms divided by the query
   * vector's magnitude. Shards keep the whole index's term numbers and scores, so the query vector here is
   * the whole index's, and each of its terms' entries in a field vector is in the shard (or block) that holds
   * the term's posting. lunr's Vector.dot adds the products of the terms both vectors have in ascending term
   * number, starting from 0: the same additions in the same order are made here, each entry read from where
   * it is, so the sum is the same double. (Adding per-shard partial dot products instead would add in
   * another order and could differ in the last bit.) Fields, documents and ties are visited in lunr's order too.
   */
  function searchShards(lunr, manifest, shards, language, query, typing, blocks) {
    var q = shardQuery(lunr, manifest, shards, blocks, language, query, typing);
    if (!q) return [];
    q.terms.forEach(function (t) { if (t.missing) throw new Error('blocks not loaded for ' + t.term); });

    // Refs are page positions, 0 to documents − 1: a field and page are one number, f × documents + ref.
    var fields = manifest.fields, documents = manifest.documents;
    var REQUIRED = lunr.Query.presence.REQUIRED;
    var matched = new Uint8Array(fields.length * documents), fieldRefs = [];
    var termFieldCache = Object.create(null);
    var required = null;
    var partsOf = Object.create(null); // by term number

    q.clauses.forEach(function (c) {
      var clauseMatches = lunr.Set.empty;
      if (c.term) {
        partsOf[c.term.number] = c.term.parts;
        fields.forEach(function (field, f) {
          var refs = refsOf(c.term, field);
          if (c.presence === REQUIRED) clauseMatches = clauseMatches.union(new lunr.Set(refs));
          var termField = c.term.term + '/' + field;
          if (termFieldCache[termField]) return;
          // lunr lists the field refs a query matches in this order (clauses, fields, refs) and scores them so.
          for (var r = 0; r < refs.length; r++) {
            var at = f * documents + Number(refs[r]);
            if (!matched[at]) { matched[at] = 1; fieldRefs.push(at); }
          }
          termFieldCache[termField] = true;
        });
      }
      if (c.presence === REQUIRED) required = (required || lunr.Set.complete).intersect(clauseMatches);
    });

    // lunr's dot product adds, from 0, the products of the terms the two vectors share, in ascending term
    // number. Taking the query's terms in that order and adding each one's product to the field refs that
    // have it makes, for every field ref, the same additions in the same order.
    var dots = new Float64Array(fields.length * documents);
    var elements = q.queryVector.elements;
    for (var e = 0; e < elements.length; e += 2) {
      var number = elements[e], weight = elements[e + 1];
      partsOf[number].forEach(function (part) {
        var byRef = part.byFieldRef || (part.byFieldRef = indexVectors(part, fields, documents));
        var vectors = byRef.vectors, at = byRef.at;
        for (var k = 0; k < at.length; k++) {
          var value = entry(vectors[k].elements, number);
          if (value !== undefined) dots[at[k]] += weight * value;
        }
      });
    }
    var magnitude = q.queryVector.magnitude();

    var results = [], matchOf = new Int32Array(documents).fill(-1);
    for (var i = 0; i < fieldRefs.length; i++) {
      var ref = fieldRefs[i] % documents;
      if (required && !required.contains(String(ref))) continue;
      var score = dots[fieldRefs[i]] / magnitude || 0; // lunr.Vector.prototype.similarity
      if (matchOf[ref] >= 0) results[matchOf[ref]].score += score;
      else { matchOf[ref] = results.length; results.push({ ref: String(ref), score: score }); }
    }
    return results.sort(function (a, b) { return b.score - a.score; });
  }

  /** Blocks fetched in one round of rankShards at most: each round trip should bring what the next most needs. */
  var BLOCKS_PER_ROUND = 24;

  /**
   * The first count results of a query on a sharded index, without every posting of its common words:
   * { results, complete, atLeast, need }. With need empty, results are the first count that searchShards
   * would return with every block loaded (the same refs, order and scores, bit for bit); complete says
   * whether they are all the results, and atLeast how many there are at least. Otherwise need lists the
   * blocks ([shard, block]) to load before asking again.
   *
   * The heads, the blocks loaded and the tails' levels name every page that has one of the query's terms.
   * Each gets a lower bound (what its known terms add up to, and the least each other term's level allows)
   * and an upper bound (its known terms, and the most each other term's level allows); a page without a
   * quoted word is out. Once the count-th best lower bound is above every page's upper bound but those whose
   * terms are all known, the first count are exact: their scores are then computed as searchShards computes
   * them.
   */
  function rankShards(lunr, manifest, shards, blocks, language, query, typing, count) {
    var q = shardQuery(lunr, manifest, shards, blocks, language, query, typing);
    if (!q) return { results: [], complete: true, atLeast: 0, need: [] };
    var open = q.terms.filter(function (t) { return t.missing > 0; });
    if (open.length === 0) {
      var all = searchShards(lunr, manifest, shards, language, query, typing, blocks);
      return { results: all, complete: true, atLeast: all.length, need: [] };
    }
    var REQUIRED = lunr.Query.presence.REQUIRED;
    var required = q.clauses.filter(function (c) { return c.presence === REQUIRED; });
    if (required.some(function (c) { return !c.term; })) return { results: [], complete: true, atLeast: 0, need: [] };

    var fields = manifest.fields, documents = manifest.documents;
    var magnitude = q.queryVector.magnitude();
    var elements = q.queryVector.elements, byNumber = Object.create(null);
    q.terms.forEach(function (t) { byNumber[t.number] = t; });
    var seen = new Uint8Array(documents), seenPages = [];
    var see = function (page) { if (!seen[page]) { seen[page] = 1; seenPages.push(page); } };
    q.terms.forEach(function (t) {
      for (var e = 0; e < elements.length; e += 2) if (elements[e] === t.number) t.share = elements[e + 1] / magnitude;
      t.has = new Uint8Array(documents);
      t.weights = new Float64Array(documents); // per page, its field-vector entries for the term, added
      t.parts.forEach(function (part) {
        var entries = termEntries(part, fields, documents)[t.number];
        if (!entries) return;
        for (var k = 0; k < entries.pages.length; k++) {
          var page = entries.pages[k];
          t.weights[page] += entries.values[k];
          t.has[page] = 1;
          see(page);
        }
      });
      t.step = t.missing ? t.tail.bound * t.share / LEVELS : 0;
    });
    open.forEach(function (t) { for (var page = 0; page < documents; page++) if (levelOf(t.tail, page) > 0) see(page); });
    // Whether a term's weight on a page is known: the page has it, lacks it (not in its head nor its tail), or the
    // block that would hold it is loaded.
    var known = function (t, page) {
      if (!t.missing || t.has[page]) return true;
      if (levelOf(t.tail, page) === 0) return true;
      return t.loaded[blockOf(t.tail, page)] === 1;
    };

    var pages = [];
    seenPages.forEach(function (page) {
      var low = 0, least = 0, most = 0, unknown = 0, excluded = false;
      for (var i = 0; i < q.terms.length; i++) {
        var t = q.terms[i];
        if (t.has[page]) low += t.share * t.weights[page];
        else if (!known(t, page)) {
          var level = levelOf(t.tail, page);
          least += (level - 1) * t.step;
          most += level * t.step;
          unknown++;
        }
      }
      for (var r = 0; r < required.length && !excluded; r++) {
        var c = required[r].term;
        excluded = !c.has[page] && !(c.missing && levelOf(c.tail, page) > 0);
      }
      if (!excluded) pages.push({ page: page, low: low + least, high: low + most, exact: unknown === 0 });
    });
    var lows = pages.map(function (p) { return p.low; }).sort(function (a, b) { return b - a; });
    var kth = lows.length >= count ? lows[count - 1] : -Infinity;
    var slack = 1e-9 * Math.max(1, Math.abs(kth)); // the bounds add in another order than the scores

    var need = [], needed = Object.create(null);
    var ask = function (t, b) {
      var key = blockKey(t.blocksOf, b);
      if (!needed[key] && !(blocks && blocks[key])) { needed[key] = true; need.push([t.blocksOf, b]); }
    };
    var undecided = pages.filter(function (p) { return !p.exact && p.high >= kth - slack; })
      .sort(function (a, b) { return b.high - a.high || a.page - b.page; });
    // The blocks of the count pages with the highest upper bounds: those are the likeliest results, and once
    // they are known the count-th lower bound rises and rules most of the others out. Asking for lower pages'
    // blocks in the same round too (up to BLOCKS_PER_ROUND) cost further queries 0.3 KB (vi, 30.8 against 30.5) and
    // 0.2 KB (en) more at 10,000 pairs, and saved a round at most in English only (3 against 4; vi 3 either way).
    for (var u = 0; u < undecided.length && u < count && need.length < BLOCKS_PER_ROUND; u++) {
      var page = undecided[u].page;
      open.forEach(function (t) { if (!known(t, page)) ask(t, blockOf(t.tail, page)); });
    }
    // bounds: what ranking knew of each page, for the tests (every page's score must lie within its bounds).
    if (need.length) return { need: need, bounds: pages };

    // Every page that could make the first count is known: score each as searchShards would.
    var results = pages.filter(function (p) { return p.low >= kth - slack; }).map(function (p) {
      return exactScore(q, fields, documents, magnitude, byNumber, p.page);
    });
    results.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return {
      results: results.slice(0, count).map(function (r) { return { ref: r.ref, score: r.score }; }),
      complete: false, atLeast: pages.length, need: []
    };
  }

  /**
   * A page's score as searchShards computes it, with the place lunr would list it in before sorting (ties
   * keep that order): its field refs are listed at the first clause whose term the field has, fields in
   * order, pages ascending; a page's score adds its fields' scores in the order of its field refs.
   */
  function exactScore(q, fields, documents, magnitude, byNumber, page) {
    var elements = q.queryVector.elements, byField = [];
    fields.forEach(function (field, f) {
      var first = -1;
      for (var c = 0; c < q.clauses.length && first < 0; c++) {
        var t = q.clauses[c].term;
        if (t && valueIn(t, field, page) !== undefined) first = c;
      }
      if (first < 0) return;
      var dot = 0;
      for (var e = 0; e < elements.length; e += 2) {
        var value = valueIn(byNumber[elements[e]], field, page);
        if (value !== undefined) dot += elements[e + 1] * value;
      }
      byField.push({ order: first * fields.length + f, score: dot / magnitude || 0 });
    });
    byField.sort(function (a, b) { return a.order - b.order; });
    var score = byField[0].score;
    for (var i = 1; i < byField.length; i++) score += byField[i].score;
    return { ref: String(page), score: score, order: byField[0].order * documents + page };
  }

  /** A term's field-vector entry for a page's field, from whichever of its parts has it. */
  function valueIn(t, field, page) {
    var fieldRef = field + '/' + page;
    for (var i = 0; i < t.parts.length; i++) {
      var vector = t.parts[i].fieldVectors[fieldRef];
      if (!vector) continue;
      var value = entry(vector.elements, t.number);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /**
   * A shard's or block's field-vector entries by term number: { pages, values }, a page once per field that
   * has the term. Made once per file, in one pass over its vectors.
   */
  function termEntries(part, fields, documents) {
    if (part.byTerm) return part.byTerm;
    var byRef = part.byFieldRef || (part.byFieldRef = indexVectors(part, fields, documents));
    var byTerm = Object.create(null);
    for (var k = 0; k < byRef.at.length; k++) {
      var elements = byRef.vectors[k].elements, page = byRef.at[k] % documents;
      for (var e = 0; e < elements.length; e += 2) {
        var list = byTerm[elements[e]] || (byTerm[elements[e]] = { pages: [], values: [] });
        list.pages.push(page);
        list.values.push(elements[e + 1]);
      }
    }
    return (part.byTerm = byTerm);
  }

  /**
   * A shard's field vectors as two lists: each vector, and its field ref as a number (f × documents + ref).
   * Made once per shard, reading the keys without making strings: looking up a field ref made by
   * concatenation for every posting costs more than the whole query otherwise does.
   */
  function indexVectors(shard, fields, documents) {
    var vectors = [], at = [], keys = Object.keys(shard.fieldVectors);
    for (var k = 0; k < keys.length; k++) {
      var key = keys[k];
      var f = 0;
      while (f < fields.length && !(key.charCodeAt(fields[f].length) === 47 && key.lastIndexOf(fields[f], 0) === 0)) f++;
      var ref = 0;
      for (var i = fields[f].length + 1; i < key.length; i++) ref = ref * 10 + key.charCodeAt(i) - 48;
      vectors.push(shard.fieldVectors[key]);
      at.push(f * documents + ref);
    }
    return { vectors: vectors, at: at };
  }

  /** The value of term number n in a vector's elements ([n0, v0, n1, v1, …], ascending), or undefined. */
  function entry(elements, n) {
    var lo = 0, hi = (elements.length >> 1) - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, at = elements[mid * 2];
      if (at === n) return elements[mid * 2 + 1];
      if (at < n) lo = mid + 1; else hi = mid - 1;
    }
    return undefined;
  }

  /** File names, relative to the manifest: SearchShards.ShardFileName and DocsFileName */
  // Files in folders of manifest.*.folder (SearchShards.ShardFileName): a shard's blocks in a folder of their own.
  function shardFolder(manifest, i) { return 'search-' + manifest.language + '-' + manifest.shards.hash + '/' + Math.floor(i / manifest.shards.folder) + '/'; }
  function shardFile(manifest, i) { return shardFolder(manifest, i) + i + '.json'; }
  function blockFile(manifest, i, b) { return shardFolder(manifest, i) + i + '/' + b + '.json'; }
  function prefixesFile(manifest) { return 'search-' + manifest.language + '-' + manifest.shards.hash + '/prefixes.json'; }
  function docsFile(manifest, j) { return 'search-docs-' + manifest.language + '-' + manifest.docs.hash + '/' + Math.floor(j / manifest.docs.folder) + '/' + j + '.json'; }

  /** The parts of a sharded index's document store that hold the given refs (numbers below manifest.docs.parts). */
  function docParts(manifest, refs) {
    var needed = Object.create(null);
    refs.forEach(function (ref) { needed[Math.floor(Number(ref) / manifest.docs.size)] = true; });
    return Object.keys(needed).map(Number).sort(function (a, b) { return a - b; });
  }

  /**
   * Where a query matches a text, as [start, end) ranges: the text is re-tokenised and each token whose
   * terms meet the query's is a match. This is how titles and snippets are highlighted without term
   * positions in the index.
   */
  function matches(lunr, language, query, text, typing) {
    var a = analyzer(lunr, language);
    var built = clauses(lunr, language, query, typing);
    var wanted = Object.create(null);
    var prefixes = [];
    built.clauses.forEach(function (c) {
      if (c.wildcard) prefixes.push(c.term); else wanted[c.term] = true;
    });
    var ranges = [];
    tokenize(normalize(text)).forEach(function (token) {
      var tokenTerms = a.tokenTerms(token, null);
      var hit = tokenTerms.some(function (t) {
        if (wanted[t]) return true;
        return prefixes.some(function (p) { return t.lastIndexOf(p, 0) === 0; });
      });
      if (!hit && language === 'en' && token.kind === 'word' && prefixes.length) {
        var trimmed = lunr.trimmer(new lunr.Token(fold(token.text), {})).str;
        hit = prefixes.some(function (p) { return trimmed.lastIndexOf(p, 0) === 0; });
      }
      if (hit) ranges.push([token.start, token.start + token.length]);
    });
    return ranges;
  }

  /**
   * A window of about `size` characters of text around its first match, cut at spaces,
   * with ranges shifted into it. Returns { text, ranges, before, after }.
   */
  function snippet(text, ranges, size) {
    size = size || 200;
    if (text.length <= size) return { text: text, ranges: ranges, before: false, after: false };
    var start = 0;
    if (ranges.length && ranges[0][1] > size - 40) {
      start = Math.max(0, ranges[0][0] - 60);
      var space = text.indexOf(' ', start);
      if (space >= 0 && space < ranges[0][0]) start = space + 1;
    }
    var end = Math.min(text.length, start + size);
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      if (cut > start) end = cut;
    }
    var shifted = ranges
      .filter(function (r) { return r[0] >= start && r[1] <= end; })
      .map(function (r) { return [r[0] - start, r[1] - start]; });
    return { text: text.substring(start, end), ranges: shifted, before: start > 0, after: end < text.length };
  }

  var api = {
    SEPARATOR_RANGES: SEPARATOR_RANGES,
    SOFT_SEPARATORS: SOFT_SEPARATORS,
    LOWER_CASE_RANGES: LOWER_CASE_RANGES,
    FOLDED_PREFIX: FOLDED_PREFIX,
    BIGRAM_PREFIX: BIGRAM_PREFIX,
    BOOST: BOOST,
    charClass: function (code) { return classes[code]; },
    lowerChar: lowerChar,
    normalize: normalize,
    fold: fold,
    tokenize: tokenize,
    leadingNumber: leadingNumber,
    analyzer: analyzer,
    terms: terms,
    segments: segments,
    clauses: clauses,
    search: search,
    routingKey: routingKey,
    shardFor: shardFor,
    shardsForPrefix: shardsForPrefix,
    neededShards: neededShards,
    searchShards: searchShards,
    needsPrefixes: needsPrefixes,
    completions: completions,
    setPrefixes: setPrefixes,
    prefixesFile: prefixesFile,
    loadShard: loadShard,
    loadBlock: loadBlock,
    levelOf: levelOf,
    LEVELS: LEVELS,
    blockKey: blockKey,
    missingBlocks: missingBlocks,
    rankShards: rankShards,
    blockFile: blockFile,
    shardQueryTerms: shardQueryTerms,
    docParts: docParts,
    shardFile: shardFile,
    docsFile: docsFile,
    matches: matches,
    snippet: snippet
  };

  if (typeof module === 'object' && module.exports) module.exports = api;
  else global.StaticKbSearch = api;

  if (typeof document === 'undefined') return;

  // ---- UI ---------------------------------------------------------------------------------------------

  var root = document.getElementById('search');
  if (!root) return;
  var data = root.dataset;
  var language = (data.language || document.documentElement.getAttribute('lang') || 'vi').slice(0, 2) === 'en' ? 'en' : 'vi';
  var loading = null;

  function absolute(url) { return new URL(url, document.baseURI).href; }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (global.lunr) { resolve(global.lunr); return; }
      var script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.onload = function () { resolve(global.lunr); };
      script.onerror = function () { reject(new Error('Could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(url + ': ' + response.status);
      return response.json();
    });
  }

  /**
   * Loads lunr and the index once, on first use. data-index is either a whole lunr index (then data-docs is the
   * page list) or a sharded index's manifest (then data-docs names the manifest too): shards and parts of the
   * page list are fetched when a query needs them, in parallel, each once.
   */
  function load() {
    if (!loading) {
      var indexUrl = absolute(data.index), docsUrl = absolute(data.docs);
      var index = fetchJson(indexUrl);
      var docs = docsUrl === indexUrl ? index : fetchJson(docsUrl);
      loading = Promise.all([loadScript(absolute(data.lunr)), index, docs])
        .then(function (loaded) {
          var lunr = loaded[0];
          return loaded[1].shards ? shardedEngine(lunr, loaded[1], indexUrl) : wholeEngine(lunr, lunr.Index.load(loaded[1]), loaded[2].docs);
        });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  /**
   * An engine finds a query's results and the pages of the results shown: find(query, typing, count) resolves
   * with found = { results, complete, atLeast, doc }, and more(found, count) with the found that shows count.
   * results are best first; when complete is false they are only the first ones, and there are atLeast in all.
   */
  function wholeEngine(lunr, index, docs) {
    return {
      lunr: lunr,
      find: function (query, typing) {
        var results = search(lunr, index, language, query, typing);
        return Promise.resolve({ results: results, complete: true, atLeast: results.length, doc: function (ref) { return docs[Number(ref)]; } });
      },
      more: function (found) { return Promise.resolve(found); }
    };
  }

  function shardedEngine(lunr, manifest, manifestUrl) {
    var shards = Object.create(null), shardLoads = Object.create(null);
    var blocks = Object.create(null), blockLoads = Object.create(null);
    var parts = Object.create(null), partLoads = Object.create(null);

    function fetchShard(i) {
      if (!shardLoads[i]) {
        shardLoads[i] = fetchJson(new URL(shardFile(manifest, i), manifestUrl).href)
          .then(function (json) { shards[i] = loadShard(lunr, json); });
        shardLoads[i].catch(function () { delete shardLoads[i]; });
      }
      return shardLoads[i];
    }

    function fetchBlock(shardAndBlock) {
      var key = blockKey(shardAndBlock[0], shardAndBlock[1]);
      if (!blockLoads[key]) {
        blockLoads[key] = fetchJson(new URL(blockFile(manifest, shardAndBlock[0], shardAndBlock[1]), manifestUrl).href)
          .then(function (json) { blocks[key] = loadBlock(lunr, json); });
        blockLoads[key].catch(function () { delete blockLoads[key]; });
      }
      return blockLoads[key];
    }

    var prefixesLoad = null;
    function fetchPrefixes(query, typing) {
      if (!needsPrefixes(lunr, manifest, language, query, typing)) return Promise.resolve();
      if (!prefixesLoad) {
        prefixesLoad = fetchJson(new URL(prefixesFile(manifest), manifestUrl).href)
          .then(function (json) { setPrefixes(manifest, json); });
        prefixesLoad.catch(function () { prefixesLoad = null; });
      }
      return prefixesLoad;
    }

    function loadPart(j) {
      if (!partLoads[j]) {
        partLoads[j] = fetchJson(new URL(docsFile(manifest, j), manifestUrl).href)
          .then(function (json) { parts[j] = json.docs; });
        partLoads[j].catch(function () { delete partLoads[j]; });
      }
      return partLoads[j];
    }

    function doc(ref) {
      var n = Number(ref), part = parts[Math.floor(n / manifest.docs.size)];
      return part ? part[n % manifest.docs.size] : null;
    }

    /** Fetches the pages of the results up to count, resolving with found once they are there. */
    function pages(found, count) {
      var refs = found.results.slice(0, count).map(function (r) { return r.ref; });
      return Promise.all(docParts(manifest, refs).map(loadPart)).then(function () { return found; });
    }

    /**
     * The first count results, fetching the blocks of common words that ranking them needs, round by round;
     * null as soon as current() says the reader has asked something else (no more rounds are fetched for it).
     */
    function rank(query, typing, count, current) {
      if (current && !current()) return Promise.resolve(null);
      var ranked = rankShards(lunr, manifest, shards, blocks, language, query, typing, count);
      if (ranked.need.length) return Promise.all(ranked.need.map(fetchBlock)).then(function () { return rank(query, typing, count, current); });
      var found = { results: ranked.results, complete: ranked.complete, atLeast: ranked.atLeast, doc: doc, query: query, typing: typing };
      return pages(found, count);
    }

    return {
      lunr: lunr,
      sharded: true,
      find: function (query, typing, count, current) {
        // Shards, then those of written forms apart that they name (neededShards), then blocks round by round.
        var fetchShards = function () {
          var missing = neededShards(lunr, manifest, language, query, typing, shards).filter(function (i) { return !shards[i]; });
          return missing.length ? Promise.all(missing.map(fetchShard)).then(fetchShards) : Promise.resolve();
        };
        return fetchPrefixes(query, typing).then(fetchShards).then(function () {
          return rank(query, typing, count, current);
        });
      },
      more: function (found, count, current) {
        return found.complete ? pages(found, count) : rank(found.query, found.typing, count, current);
      }
    };
  }

  // Every search box starts the download when the reader starts searching, not with the page.
  Array.prototype.forEach.call(document.querySelectorAll('form[role="search"] input'), function (input) {
    input.addEventListener('focus', load, { once: true });
    input.addEventListener('input', load, { once: true });
  });

  if (!root.hasAttribute('data-search-page')) return;

  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!input || !list || !status) return;
  var form = input.form;
  var active = -1;
  var generation = 0;
  var MAX_RESULTS = 50;
  var PAGE = 10;

  function label(kind) {
    var key = 'label' + kind.charAt(0).toUpperCase() + kind.slice(1);
    return data[key] || kind;
  }

  function message(name, count) {
    var text = data[name] || '';
    return text.replace('{n}', String(count));
  }

  /** Appends text to a parent, wrapping the given ranges in <mark>. */
  function appendMarked(parent, text, ranges) {
    var at = 0;
    ranges.forEach(function (range) {
      if (range[0] < at) return;
      if (range[0] > at) parent.appendChild(document.createTextNode(text.substring(at, range[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.substring(range[0], range[1]);
      parent.appendChild(mark);
      at = range[1];
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.substring(at)));
  }

  function resultItem(engine, doc, query, i) {
    var item = document.createElement('li');
    item.className = 'search-result';
    item.id = 'search-result-' + i;

    var kind = document.createElement('span');
    kind.className = 'search-result-kind';
    kind.textContent = label(doc.kind);
    item.appendChild(kind);

    var link = document.createElement('a');
    link.className = 'search-result-title';
    link.href = new URL(doc.url, absolute(data.base || '/')).href;
    appendMarked(link, doc.title, matches(engine.lunr, language, query, doc.title, true));
    item.appendChild(link);

    if (doc.text) {
      var cut = snippet(doc.text, matches(engine.lunr, language, query, doc.text, true), 200);
      var p = document.createElement('p');
      p.className = 'search-result-snippet';
      if (cut.before) p.appendChild(document.createTextNode('… '));
      appendMarked(p, cut.text, cut.ranges);
      if (cut.after) p.appendChild(document.createTextNode(' …'));
      item.appendChild(p);
    }
    return item;
  }

  function setActive(next) {
    var items = list.querySelectorAll('li.search-result');
    if (active >= 0 && items[active]) {
      items[active].classList.remove('is-active');
      items[active].removeAttribute('aria-current');
    }
    active = items.length ? Math.max(-1, Math.min(next, items.length - 1)) : -1;
    if (active >= 0) {
      items[active].classList.add('is-active');
      items[active].setAttribute('aria-current', 'true');
      items[active].scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', items[active].id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function keepInUrl(query) {
    var url = new URL(location.href);
    if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
    history.replaceState(null, '', url.href);
  }

  /** Appends the results from list's current length up to count, and a "more" button if some are left. */
  function show(engine, found, query, count) {
    var more = list.querySelector('li.search-more');
    if (more) list.removeChild(more);
    var end = Math.min(count, found.results.length, MAX_RESULTS);
    for (var i = list.children.length; i < end; i++) {
      var doc = found.doc(found.results[i].ref);
      if (doc) list.appendChild(resultItem(engine, doc, query, i));
    }
    // A list ranked from heads holds exactly the results asked for, and there may be more: asking for more
    // either adds some or finds the list complete.
    if (found.complete ? end < Math.min(found.results.length, MAX_RESULTS) : end < MAX_RESULTS) {
      var item = document.createElement('li');
      item.className = 'search-more';
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = data.more || '…';
      button.addEventListener('click', function () {
        var mine = generation;
        var current = function () { return mine === generation; };
        engine.more(found, end + PAGE, current).then(function (next) {
          if (!next || !current()) return;
          show(engine, next, query, end + PAGE);
          setStatus(next);
        }).catch(function () {
          if (current()) status.textContent = data.error || '';
        });
      });
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  /** How many results: all of them, or at least how many when they were ranked from heads. */
  function setStatus(found) {
    status.textContent = !found.results.length ? message('noResults', 0)
      : found.complete ? message('results', found.results.length) : message('resultsAtLeast', Math.max(found.atLeast, found.results.length));
  }

  function run(typing) {
    var query = input.value;
    var mine = ++generation;
    keepInUrl(query.trim());
    if (!query.trim()) {
      list.textContent = '';
      status.textContent = '';
      active = -1;
      return;
    }
    if (data.loading) status.textContent = data.loading;
    load().then(function (engine) {
      // A sharded index shows results a page at a time, so a query fetches the pages it shows.
      var count = engine.sharded ? PAGE : MAX_RESULTS;
      return engine.find(query, typing, count, function () { return mine === generation; }).then(function (found) {
        if (!found || mine !== generation) return;
        list.textContent = '';
        active = -1;
        input.removeAttribute('aria-activedescendant');
        show(engine, found, query, count);
        setStatus(found);
      });
    }).catch(function () {
      if (mine === generation) status.textContent = data.error || '';
    });
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(true); }, 60);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') { event.preventDefault(); setActive(active + 1); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive(active - 1); }
    else if (event.key === 'Escape') { setActive(-1); }
    else if (event.key === 'Enter') {
      event.preventDefault();
      var item = active >= 0 ? list.querySelectorAll('li.search-result')[active] : null;
      var link = item && item.querySelector('a');
      if (link) location.href = link.href; else run(false);
    }
  });

  list.addEventListener('keydown', function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a.search-result-title'));
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
  });

  // Without this script the form is a plain GET to this page; with it, submitting searches in place.
  if (form) form.addEventListener('submit', function (event) { event.preventDefault(); run(false); });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run(false);
  }
})(typeof window !== 'undefined' ? window : this);
