using System.Text.RegularExpressions;
using System.Text.Json;
using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// A sharded index answers exactly as the whole index: the same pages, in the same order, with the same
/// scores, over Vietnamese queries with and without diacritics, English, document numbers, quoted phrases and
/// half-typed words, run by real lunr.js through search.js (whole: lunr's own query; sharded: only the shards
/// the query needs). Each shard is a lunr index of its own, and the pages shown come from the parts of the
/// document store.
/// </summary>
public class SearchShardsTests
{
    private static readonly (string Text, bool Typing)[] VietnameseQueries =
    {
        ("ngoại giao kinh tế", false), ("ngoai giao kinh te", false), ("NGOAI GIAO", false), ("đường", false), ("duong", false),
        ("\"hội nghị trực tuyến\"", false), ("thông minh", false), ("thong minh", false), ("Chỉ thị 15", false), ("chi thi 15", false),
        ("15-CT/TW", false), ("355/TB-VPCP", false), ("222/2025/QH15", false), ("7,52", false), ("7.52", false),
        ("pham minh chinh", false), ("Phạm Minh Chính", false), ("ngoai gi", true), ("hội ngh", true), ("thu", true), ("nguy", true), ("huy", true),
        // A word twice (its clauses' boosts add up in one query-vector entry), a word the index lacks beside one
        // it has, a quoted phrase beside free words, and a half-typed word after a whole one.
        ("thông thông minh", false), ("xyzzy thông minh", false), ("\"kinh tế\" đường", false), ("Chỉ thị 15 ngo", true),
    };

    private static readonly (string Text, bool Typing)[] EnglishQueries =
    {
        ("economic diplomacy", false), ("Economic Diplomacy growth", false), ("\"online conference\"", false), ("Directive 15", false),
        ("15-CT/TW", false), ("7.52", false), ("7,52", false), ("directives of the secretariat", false), ("pham minh chinh", false),
        ("confer", true), ("econ", true), ("growth rea", true), ("minist", true), ("pro", true), ("trade con", true),
        ("growth growth", false), ("xyzzy diplomacy", false), ("\"economic diplomacy\" trade", false),
    };

    /// <summary>The fixture pages and a synthetic corpus, so shards hold many pages and common words span several.</summary>
    private static IReadOnlyList<SearchDocument> Pages(string language)
    {
        var (vi, en) = SyntheticCorpus.Generate(articlePairs: 150, wordsPerArticle: 300);
        return FixturePages.Load(language).Concat(language == "vi" ? vi : en).ToList();
    }

    /// <summary>
    /// Small shards, so that even this corpus makes dozens of them, and small heads, so that its common words
    /// (on most of its 170 pages) are split into heads and tails of several blocks. Folders of 5 shards and 7 parts,
    /// so that the files fall in several (search.js, under node, must name them as the generator does).
    /// </summary>
    internal static readonly SearchSharding Small = new(ThresholdChars: 0, ShardChars: 16_000, DocsPerPart: 4, TailFromPages: 25, HeadPages: 15, BlockPages: 12,
        ShardsPerFolder: 5, PartsPerFolder: 7, PrefixesFrom: 2, FormApartChars: 400, WordShardChars: 8_000);

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void ShardedAndWholeIndexesGiveIdenticalResults(string language)
    {
        var pages = Pages(language);
        var whole = SearchIndexBuilder.Build(language, pages);
        var sharded = SearchIndexBuilder.Build(language, pages, Small);
        Assert.False(whole.IsSharded);
        Assert.True(sharded.IsSharded);
        Assert.Null(sharded.DocumentsJson);

        var queries = language == "vi" ? VietnameseQueries : EnglishQueries;
        var result = Run(language, whole, sharded, queries);

        Assert.True(result.GetProperty("shardCount").GetInt32() > 20, "the test corpus makes many shards: " + result.GetProperty("shardCount"));
        Assert.Empty(result.GetProperty("misplaced").EnumerateArray());
        Assert.Empty(result.GetProperty("missing").EnumerateArray());
        Assert.Empty(result.GetProperty("badLevels").EnumerateArray());
        Assert.Equal(result.GetProperty("termCount").GetInt32(), result.GetProperty("shardTermCount").GetInt32());
        if (language == "vi") Assert.True(result.GetProperty("copies").GetInt32() > 5, "terms written as copies: " + result.GetProperty("copies"));
        // Common words' written forms are shards of their own, and queries typed with diacritics fetch them.
        if (language == "vi") Assert.True(result.GetProperty("formsApart").GetInt32() > 5, "written forms apart: " + result.GetProperty("formsApart"));
        // Half-typed words whose prefixes span many shards load only the shards the prefixes file lists.
        Assert.Empty(result.GetProperty("badPrefixes").EnumerateArray());
        Assert.True(result.GetProperty("prefixCount").GetInt32() > 0, "no prefix spans enough shards to be listed");
        Assert.True(result.GetProperty("prefixQueries").GetInt32() > 0, "no query loads the prefixes file");
        foreach (var query in result.GetProperty("queries").EnumerateArray())
        {
            Assert.True(query.GetProperty("identical").GetBoolean(), "sharded results differ from the whole index's: " + query);
            Assert.True(query.GetProperty("pagesMatch").GetBoolean(), "the document store's parts differ from the whole list: " + query);
            foreach (var ranked in query.GetProperty("ranked").EnumerateArray())
            {
                Assert.True(ranked.GetProperty("difference").ValueKind == JsonValueKind.Null, "the first results ranked from heads differ from the whole index's: " + query);
                Assert.True(ranked.GetProperty("countRight").GetBoolean(), "the count of results is wrong: " + query);
                Assert.True(ranked.GetProperty("outOfBounds").GetArrayLength() == 0, "a page's score is outside the bounds ranking gave it: " + ranked);
            }
        }
        var answered = result.GetProperty("queries").EnumerateArray().ToList();
        // Ranking from heads means something only if common words are split and their first results came
        // without all their blocks: some queries then fetched blocks, in rounds, but not all of them.
        var partial = answered.SelectMany(q => q.GetProperty("ranked").EnumerateArray().Select(r => (Query: q, Ranked: r)))
            .Where(x => !x.Ranked.GetProperty("complete").GetBoolean()).ToList();
        Assert.True(partial.Count >= 5, "few queries were ranked from heads: " + partial.Count);
        Assert.Contains(partial, x => x.Ranked.GetProperty("rounds").GetInt32() >= 1
            && x.Ranked.GetProperty("blocks").GetInt32() < x.Query.GetProperty("splitBlocks").GetInt32());
        Assert.All(answered.Where(q => !q.GetProperty("typing").GetBoolean()), q => Assert.True(q.GetProperty("count").GetInt32() > 0, "no results for " + q));
        // The comparison means something only if queries need several shards and prefixes span more than one.
        Assert.Contains(answered, q => q.GetProperty("shards").GetInt32() >= 3);
        Assert.Contains(answered, q => q.GetProperty("typing").GetBoolean() && q.GetProperty("count").GetInt32() > 0);
    }

    [Fact]
    public void EachShardIsALunrIndexWhoseQueriesFindWhatTheWholeIndexFinds()
    {
        var pages = Pages("vi");
        var whole = SearchIndexBuilder.Build("vi", pages);
        var sharded = SearchIndexBuilder.Build("vi", pages, Small);
        using var wholeJson = JsonDocument.Parse(whole.IndexJson);
        var postings = wholeJson.RootElement.GetProperty("invertedIndex").EnumerateArray()
            .ToDictionary(e => e[0].GetString()!, e => e[1].GetRawText(), StringComparer.Ordinal);

        var files = sharded.Parts.Where(p => p.Name.StartsWith("search-vi-", StringComparison.Ordinal) && !SearchShards.IsPrefixesFileName(p.Name)).ToList();
        var shardFiles = files.Where(p => Regex.IsMatch(p.Name, @"^search-vi-[0-9a-f]{10}/\d+/\d+\.json$")).ToList();
        var blockFiles = files.Where(p => Regex.IsMatch(p.Name, @"^search-vi-[0-9a-f]{10}/\d+/\d+/\d+\.json$")).ToList();
        Assert.Equal(files.Count, shardFiles.Count + blockFiles.Count);
        Assert.True(shardFiles.Count > 20);
        Assert.True(blockFiles.Count > 20, "common words are split: " + blockFiles.Count + " blocks");
        // Each term's postings, gathered from its shard and its blocks: refs by field, term number.
        var gathered = new Dictionary<string, (int Number, SortedSet<int>[] Refs)>(StringComparer.Ordinal);
        var splitTerms = 0;
        var copies = 0;
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(file.Utf8);
            var root = json.RootElement;
            var names = root.EnumerateObject().Select(p => p.Name).ToList();
            var lunrMembers = new[] { "version", "fields", "fieldVectors", "invertedIndex", "pipeline" };
            Assert.Equal(lunrMembers, names.Take(5));
            Assert.Subset(new HashSet<string> { "same", "forms", "tails" }, names.Skip(5).ToHashSet());
            if (names.Contains("tails"))
            {
                Assert.Contains(file, shardFiles);
                splitTerms += root.GetProperty("tails").GetProperty("terms").GetArrayLength();
            }
            Assert.Equal("2.3.9", root.GetProperty("version").GetString());
            var written = root.GetProperty("invertedIndex").EnumerateArray().Select(e => (Term: e[0].GetString()!, Number: e[1].GetProperty("_index").GetInt32(), Posting: e[1])).ToList();
            // A term named as a copy of another ("same": [term, number, original]) has the original's postings in this file.
            var same = root.TryGetProperty("same", out var s) ? s.EnumerateArray().ToList() : [];
            copies += same.Count;
            foreach (var copy in same)
                written.Add((copy[0].GetString()!, copy[1].GetInt32(), written.Single(w => w.Term == copy[2].GetString()).Posting));
            foreach (var (term, number, posting) in written)
            {
                if (!gathered.TryGetValue(term, out var g))
                    gathered[term] = g = (number, SearchFields.All.Select(_ => new SortedSet<int>()).ToArray());
                Assert.Equal(g.Number, number);
                for (var f = 0; f < SearchFields.All.Count; f++)
                    foreach (var r in posting.GetProperty(SearchFields.All[f].Name).EnumerateObject())
                        Assert.True(g.Refs[f].Add(int.Parse(r.Name)), $"{term}: page {r.Name} in two files");
            }
        }
        Assert.True(splitTerms > 5);
        Assert.True(copies > 5, "Vietnamese words with one written form are written once with their folded form: " + copies);
        // A term's postings, its head's and its blocks' together, are the whole index's, term numbers included.
        Assert.Equal(postings.Keys.Order(StringComparer.Ordinal), gathered.Keys.Order(StringComparer.Ordinal));
        foreach (var (term, (number, refs)) in gathered)
        {
            var sb = new System.Text.StringBuilder("{\"_index\":").Append(number);
            for (var f = 0; f < SearchFields.All.Count; f++)
                sb.Append(",\"").Append(SearchFields.All[f].Name).Append("\":{").Append(string.Join(",", refs[f].Select(r => $"\"{r}\":{{}}"))).Append('}');
            Assert.Equal(postings[term], sb.Append('}').ToString());
        }
    }

    /// <summary>
    /// A query for a common word fetches that word's terms and not a shard's worth of neighbours: a key whose
    /// terms are more than a shard's target is a shard of its own, and shards of several keys stay near the target.
    /// </summary>
    [Fact]
    public void ACommonWordIsAShardAloneAndOtherShardsStayNearTheTarget()
    {
        var pages = Pages("vi");
        var tiny = Small with { ShardChars = 4_000, WordShardChars = 4_000, TailFromPages = int.MaxValue }; // so that this small corpus has words larger than a shard, kept whole
        var sharded = SearchIndexBuilder.Build("vi", pages, tiny);
        var shards = sharded.Parts.Where(p => p.Name.StartsWith("search-vi-", StringComparison.Ordinal) && !SearchShards.IsPrefixesFileName(p.Name))
            .Select(p => (p.JsonText().Length, Keys: JsonDocument.Parse(p.Utf8).RootElement.GetProperty("invertedIndex").EnumerateArray()
                .Select(e => SearchShards.RoutingKey(e[0].GetString()!)).Distinct().ToList()))
            .ToList();
        var alone = shards.Where(s => s.Length > 2 * tiny.WordShardChars).ToList();
        Assert.True(alone.Count > 10, "the corpus has words common enough: " + alone.Count);
        Assert.All(alone, s => Assert.Single(s.Keys));
        Assert.All(shards.Where(s => s.Keys.Count > 1), s => Assert.True(s.Length <= 2 * tiny.WordShardChars, $"a shard of {s.Keys.Count} keys has {s.Length} characters"));
    }

    /// <summary>The hash that routes bigrams is FNV-1a as published (search.js's keyHash is checked against it on every term by the node harness).</summary>
    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void BigramKeysAreHashedWithFnv1a(string key, uint hash) => Assert.Equal(hash, SearchShards.KeyHash(key));

    /// <summary>
    /// Buckets filled by chance stay within a quarter over the target, however small it is, and are not mostly
    /// empty; the keys that get a shard of their own are the large ones and a few of the others.
    /// </summary>
    [Theory]
    [InlineData(4_000)]
    [InlineData(40_000)]
    public void BucketsOfBigramsStayNearTheTarget(long shardChars)
    {
        var random = new Random(11);
        // Sizes as bigrams have them: most on a page or two, a few on many pages.
        var keys = Enumerable.Range(0, 20_000).Select(i => ($"+w{i} x{random.Next(1000)}", (long)(60 / (1 - random.NextDouble())))).ToList();
        var (buckets, alone) = SearchShards.PlanBuckets(keys, shardChars);
        var sizes = new long[buckets];
        foreach (var (key, size) in keys.Where(k => !alone.Contains(k.Item1))) sizes[SearchShards.Bucket(key, buckets)] += size;
        Assert.True(sizes.Max() <= shardChars * 5 / 4, $"a bucket of {sizes.Max()} characters for a target of {shardChars}");
        Assert.True(sizes.Average() >= shardChars * SearchShards.BucketFillPercent / 200, $"{buckets} buckets of {sizes.Average():F0} characters on average for a target of {shardChars}");
        Assert.True(sizes.Average() <= shardChars * SearchShards.BucketFillPercent / 100, $"{buckets} buckets of {sizes.Average():F0} characters on average for a target of {shardChars}");
        Assert.All(keys.Where(k => k.Item2 > shardChars), k => Assert.Contains(k.Item1, alone));
        Assert.True(alone.Count < keys.Count / 20, $"{alone.Count} of {keys.Count} keys alone");
    }

    [Theory]
    [InlineData("nga", "ngb", "ngb")]
    [InlineData("ng", "nga", "nga")]
    [InlineData("ngoai", "nguyen", "ngu")]
    [InlineData("+ngoai giao", "a", "a")]
    [InlineData("duong", "duong~", "duong~")]
    public void AShardBoundaryIsTheShortestStringThatSeparatesTheShards(string last, string first, string boundary)
    {
        var b = SearchShards.Boundary(last, first);
        Assert.Equal(boundary, b);
        Assert.True(string.CompareOrdinal(last, b) < 0 && string.CompareOrdinal(b, first) <= 0);
    }

    [Fact]
    public void ASmallSiteStaysOneFileUnderTheDefaultThreshold()
    {
        var pages = FixturePages.Load("vi");
        var whole = SearchIndexBuilder.Build("vi", pages);
        var byDefault = SearchIndexBuilder.Build("vi", pages, SearchSharding.FromKb(SearchSharding.DefaultThresholdKb));
        Assert.False(byDefault.IsSharded);
        Assert.Equal(whole.IndexJson, byDefault.IndexJson);
        Assert.Equal(whole.DocumentsJson, byDefault.DocumentsJson);
    }

    [Fact]
    public void SameInputSameShardsWhateverTheOrderOfPages()
    {
        var pages = Pages("en");
        var first = SearchIndexBuilder.Build("en", pages, Small);
        var reversed = SearchIndexBuilder.Build("en", pages.Reverse().ToList(), Small);
        Assert.Equal(first.IndexJson, reversed.IndexJson);
        Assert.Equal(first.Parts.Select(p => (p.Name, p.JsonText())), reversed.Parts.Select(p => (p.Name, p.JsonText())));
    }

    /// <summary>site.yml's search_head_pages scales the other two settings as the defaults are scaled.</summary>
    [Fact]
    public void TheDefaultsAreWhatTheDefaultHeadSizeGives()
    {
        var byDefault = new SearchSharding(0);
        Assert.Equal(byDefault, byDefault.WithHeadPages(SearchSharding.DefaultHeadPages));
        Assert.Equal(new SearchSharding(0, TailFromPages: 500, HeadPages: 100, BlockPages: 16), byDefault.WithHeadPages(100));
    }

    // A one-off build writes each shard and block as it is made, before the folder's hash is known, at the path its
    // name will give it in the folder; one rename of the folder then names them all (SiteBuilder).
    [Fact]
    public void EachStoredShardAndBlockIsWhereItsNamePutsItInTheFolder()
    {
        var pages = Pages("vi");
        var inMemory = SearchIndexBuilder.Build("vi", pages, Small);
        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);

        var stored = SearchIndexBuilder.Build("vi", pages, Small with
        {
            Store = (pathInFolder, utf8) =>
            {
                Assert.True(written.TryAdd(pathInFolder, utf8.ToArray()), $"{pathInFolder} stored twice");
                return new StoredSearchFile("assets/.shards/vi/" + pathInFolder, utf8.Length);
            },
        });

        var files = stored.Parts.Where(p => p.Stored is not null).ToList();
        Assert.Equal(written.Count, files.Count);
        Assert.Contains(files, p => SearchShards.IsBlockFileName(p.Name));
        Assert.True(files.Select(p => p.Name.Split('/')[1]).Distinct().Count() > 1, "the shards fall in several folders");
        // Every shard and block, and nothing else: the document store and the prefixes are written once named.
        Assert.Equal(inMemory.Parts.Where(p => p.Name.StartsWith("search-vi-", StringComparison.Ordinal) && !SearchShards.IsPrefixesFileName(p.Name)).Select(p => p.Name),
            files.Select(p => p.Name));
        Assert.All(files, p => Assert.StartsWith(stored.ShardsFolder + "/", p.Name)); // the folder the build renames
        Assert.All(files, p => Assert.Equal("assets/.shards/vi/" + p.Name[(p.Name.IndexOf('/') + 1)..], p.Stored!.Path));
        Assert.All(files, p => Assert.Equal(Assert.Single(inMemory.Parts, q => q.Name == p.Name).Utf8, written[p.Name[(p.Name.IndexOf('/') + 1)..]]));
    }

    [Fact]
    public void TheManifestListsShardsByKeyAndTheDocumentStoreByParts()
    {
        var pages = Pages("vi");
        var sharded = SearchIndexBuilder.Build("vi", pages, Small);
        using var manifest = JsonDocument.Parse(sharded.IndexJson);
        var root = manifest.RootElement;
        var shardsMember = root.GetProperty("shards");
        var keys = shardsMember.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();
        var hashed = shardsMember.GetProperty("hashed");
        var alone = hashed.GetProperty("alone").EnumerateArray().Select(k => k.GetString()!).ToList();
        var count = shardsMember.GetProperty("count").GetInt32();
        var shardsHash = shardsMember.GetProperty("hash").GetString()!;
        var docsHash = root.GetProperty("docs").GetProperty("hash").GetString()!;
        var files = Enumerable.Range(0, count).Select(i => $"search-vi-{shardsHash}/{i / Small.ShardsPerFolder}/{i}.json").ToList();
        var docFiles = Enumerable.Range(0, root.GetProperty("docs").GetProperty("parts").GetInt32()).Select(j => $"search-docs-vi-{docsHash}/{j / Small.PartsPerFolder}/{j}.json").ToList();

        Assert.Equal(pages.Count, root.GetProperty("documents").GetInt32());
        Assert.Equal(7, root.GetProperty("version").GetInt32());
        Assert.Equal(Small.PrefixesFrom, shardsMember.GetProperty("prefixes").GetInt32());
        Assert.Equal(Small.ShardsPerFolder, shardsMember.GetProperty("folder").GetInt32());
        Assert.Equal(Small.PartsPerFolder, root.GetProperty("docs").GetProperty("folder").GetInt32());
        // Words, numbers and codes by key: shards 0 to first − 1, each from its boundary up to the next.
        Assert.Equal("", keys[0]);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.DoesNotContain(keys, SearchShards.RoutedByHash);
        Assert.Equal(keys.Count, hashed.GetProperty("first").GetInt32());
        // Then the buckets of bigrams, then a shard for each bigram too large to share one: every shard once.
        var buckets = hashed.GetProperty("buckets").GetInt32();
        Assert.True(buckets > 1, "the corpus's bigrams fill several buckets");
        Assert.All(alone, k => Assert.True(SearchShards.RoutedByHash(k)));
        Assert.Equal(alone.Order(StringComparer.Ordinal), alone);
        Assert.Equal(alone.Count, alone.Distinct().Count());
        // Then a shard for each written form apart, which the shard of its key names, in the order they name them.
        var keyOf = files.Take(keys.Count)
            .SelectMany((name, i) => JsonDocument.Parse(sharded.Parts.Single(p => p.Name == name).Utf8).RootElement.TryGetProperty("forms", out var forms)
                ? forms.EnumerateArray().Select(f => (Form: f[2].GetInt32(), Key: i)) : [])
            .ToList();
        var formShards = keyOf.Select(f => f.Form).ToList();
        Assert.True(formShards.Count > 5, "written forms apart: " + formShards.Count);
        Assert.Equal(Enumerable.Range(keys.Count + buckets + alone.Count, formShards.Count), formShards);
        Assert.Equal(keys.Count + buckets + alone.Count + formShards.Count, count);
        Assert.Equal((pages.Count + 3) / 4, docFiles.Count);
        // A shard's split terms name its blocks: one per start, numbered from 0 in the shard. A written form apart's
        // are its key's shard's, which it names.
        var blockFiles = new HashSet<string>(StringComparer.Ordinal);
        var splitForms = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var shard = JsonDocument.Parse(sharded.Parts.Single(p => p.Name == files[i]).Utf8).RootElement;
            if (!shard.TryGetProperty("tails", out var tails)) continue;
            var starts = tails.GetProperty("starts").EnumerateArray().Select(e => e.GetInt32()).ToList();
            Assert.Equal(starts.Order(), starts);
            Assert.Equal(starts.Count, starts.Distinct().Count());
            var terms = tails.GetProperty("terms").EnumerateArray().ToList();
            foreach (var term in terms)
            {
                Assert.True(term[2].GetInt32() > Small.HeadPages, "a split term is on more pages than its head holds");
                Assert.True(term[1].GetDouble() > 0);
            }
            // A level per page and split term: its level where the page is in the term's tail, else 0. They come in
            // groups of terms, each page's digits for a group being its row, written once among the group's rows and
            // given per page as a character, the commonest rows first.
            var groups = tails.GetProperty("levels").EnumerateArray().ToList();
            Assert.Equal((terms.Count + TermTail.TermsPerLevelRows - 1) / TermTail.TermsPerLevelRows, groups.Count);
            var levels = new int[pages.Count, terms.Count];
            for (var g = 0; g < groups.Count; g++)
            {
                var width = Math.Min(TermTail.TermsPerLevelRows, terms.Count - g * TermTail.TermsPerLevelRows);
                var rows = groups[g].GetProperty("rows").GetString()!;
                var codes = groups[g].GetProperty("codes").GetString()!;
                Assert.Equal(pages.Count, codes.Length);
                Assert.Equal(0, rows.Length % width);
                var rowList = Enumerable.Range(0, rows.Length / width).Select(r => rows.Substring(r * width, width)).ToList();
                Assert.Equal(rowList.Count, rowList.Distinct().Count());
                Assert.All(rows, c => Assert.InRange(c, '0', (char)('0' + TermTail.LevelCount)));
                var rankOf = Enumerable.Range(0, rowList.Count).ToDictionary(TermTail.RowCode);
                var ranks = codes.Select(c => rankOf[c]).ToList();
                var uses = Enumerable.Range(0, rowList.Count).Select(r => ranks.Count(x => x == r)).ToList();
                Assert.Equal(uses.OrderDescending(), uses);
                Assert.DoesNotContain(0, uses);
                for (var p = 0; p < pages.Count; p++)
                    for (var k = 0; k < width; k++) levels[p, g * TermTail.TermsPerLevelRows + k] = rowList[ranks[p]][k] - '0';
            }
            for (var k = 0; k < terms.Count; k++)
                Assert.Equal(terms[k][2].GetInt32() - Small.HeadPages, Enumerable.Range(0, pages.Count).Count(p => levels[p, k] != 0));
            var owner = i;
            if (i >= keys.Count + buckets + alone.Count)
            {
                owner = tails.GetProperty("shard").GetInt32();
                splitForms++;
                Assert.Equal(keyOf.Single(f => f.Form == i).Key, owner);
            }
            else Assert.False(tails.TryGetProperty("shard", out _));
            for (var b = 0; b < starts.Count; b++) blockFiles.Add($"search-vi-{shardsHash}/{owner / Small.ShardsPerFolder}/{owner}/{b}.json");
        }
        Assert.NotEmpty(blockFiles);
        Assert.True(splitForms > 0, "no written form apart is split");
        // The prefixes that span Small.PrefixesFrom shards or more, each with the shards it lists.
        var prefixesFile = $"search-vi-{shardsHash}/prefixes.json";
        var prefixes = JsonDocument.Parse(sharded.Parts.Single(p => p.Name == prefixesFile).Utf8).RootElement.EnumerateObject().ToList();
        Assert.NotEmpty(prefixes);
        Assert.All(prefixes, p => Assert.True(p.Name.Length >= PrefixShards.MinPrefix && keys.Any(k => k.StartsWith(p.Name, StringComparison.Ordinal))));
        Assert.All(prefixes, p => Assert.All(p.Value.EnumerateArray(), i => Assert.InRange(i.GetInt32(), 0, keys.Count - 1)));
        Assert.Equal(files.Concat(blockFiles).Append(prefixesFile).Concat(docFiles).Order(StringComparer.Ordinal), sharded.Parts.Select(p => p.Name).Order(StringComparer.Ordinal));
        var docs = docFiles.SelectMany(f => JsonDocument.Parse(sharded.Parts.Single(p => p.Name == f).Utf8).RootElement.GetProperty("docs").EnumerateArray()
            .Select(d => d.GetProperty("url").GetString()!)).ToList();
        Assert.Equal(pages.Select(p => p.Id).Order(StringComparer.Ordinal), docs);
    }

    [Fact]
    public void FileNamesChangeWithTheContentOfTheShardsAndOfTheDocumentStore()
    {
        var pages = Pages("en");
        var before = SearchIndexBuilder.Build("en", pages, Small);
        var edited = pages.Select((p, i) => i == 5 ? p with { Title = p.Title + " revised" } : p).ToList();
        var after = SearchIndexBuilder.Build("en", edited, Small);

        string Hash(SearchIndexOutput o, string kind) => JsonDocument.Parse(o.IndexJson).RootElement.GetProperty(kind).GetProperty("hash").GetString()!;
        Assert.NotEqual(Hash(before, "shards"), Hash(after, "shards"));
        Assert.NotEqual(Hash(before, "docs"), Hash(after, "docs"));
        Assert.Empty(before.Parts.Select(p => p.Name).Intersect(after.Parts.Select(p => p.Name)));
    }

    private static JsonElement Run(string language, SearchIndexOutput whole, SearchIndexOutput sharded, (string Text, bool Typing)[] queries)
    {
        var dir = Directory.CreateTempSubdirectory("statickb-shards-");
        try
        {
            foreach (var part in sharded.Parts)
            {
                var file = Path.Combine(dir.FullName, part.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, part.Utf8);
            }
            File.WriteAllText(Path.Combine(dir.FullName, "manifest.json"), sharded.IndexJson, NodeHarness.Utf8);
            File.WriteAllText(Path.Combine(dir.FullName, "index.json"), whole.IndexJson, NodeHarness.Utf8);
            File.WriteAllText(Path.Combine(dir.FullName, "docs.json"), whole.DocumentsJson, NodeHarness.Utf8);
            return NodeHarness.Run("shards", new
            {
                language,
                indexPath = Path.Combine(dir.FullName, "index.json"),
                docsPath = Path.Combine(dir.FullName, "docs.json"),
                manifestPath = Path.Combine(dir.FullName, "manifest.json"),
                dir = dir.FullName,
                queries = queries.Select(q => new { text = q.Text, typing = q.Typing }),
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
