using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StaticKb.Index;

/// <summary>
/// <c>statickb bench search</c>: builds both indexes of a synthetic corpus (<see cref="SyntheticCorpus"/>) with
/// our builder and with lunr.js's own (under node, same documents, same analysis), and prints build time,
/// raw and gzip size, and query latency in lunr loading our index; then the same index in shards: bytes
/// fetched and time for a first and for further queries, side by side with the whole index, and what sharding
/// adds to the build. Needs node and the repository's node_modules (installed with npm ci when missing).
/// Targets (issue 7): at least 10× faster than lunr, gzip no larger than lunr's, queries under 50 ms.
/// Targets (issue 11, at 10,000 pairs): first query ≤ 150 KB gzip, further queries ≤ 30 KB on average,
/// under 100 ms once the files arrive, shards add ≤ 10% to the build.
/// </summary>
public static class SearchBenchmark
{
    /// <summary>Above this many pairs lunr's own builder is not run (it takes minutes per thousand articles).</summary>
    public const int LunrComparisonMaxPairs = 2000;

    /// <summary>Above this size the whole index is not loaded into node to time queries on it.</summary>
    private const long WholeIndexLoadMaxBytes = 200_000_000;

    public static int Run(TextWriter output, int articlePairs = 1000, bool browser = false, int headPages = SearchSharding.DefaultHeadPages, string? keep = null)
    {
        // The shards as a site with site.yml's search_head_pages set to headPages would have them.
        var sharding = new SearchSharding(0).WithHeadPages(headPages);
        var root = NodeScripts.RepoRoot();
        if (browser && !File.Exists(ChromiumPath))
        {
            output.WriteLine($"error: --browser needs Chromium at {ChromiumPath} (Debian: apt-get update && apt-get install -y chromium).");
            return 1;
        }
        NodeScripts.EnsureNodeModules(root, browser ? NodeScripts.PlaywrightCore : []);
        output.WriteLine($"Generating {articlePairs} article pairs (~1,000 words each)…");
        var (vi, en) = SyntheticCorpus.Generate(articlePairs);
        var runLunr = articlePairs <= LunrComparisonMaxPairs;

        var temp = Directory.CreateTempSubdirectory("statickb-bench-");
        try
        {
            var languages = new List<object>();
            var sites = new List<object>();
            var ours = new Dictionary<string, (double ColdMs, double WarmMs, double ShardedMs, double WholeFilesMs, double ShardedFilesMs)>();
            foreach (var (language, documents) in new[] { ("vi", vi), ("en", en) })
            {
                var indexPath = Path.Combine(temp.FullName, $"{language}.index.json");
                var docsPath = Path.Combine(temp.FullName, $"{language}.docs.json");
                var corpusPath = Path.Combine(temp.FullName, $"{language}.corpus.json");
                var watch = Stopwatch.StartNew();
                var built = SearchIndexBuilder.Build(language, documents);
                var coldMs = watch.Elapsed.TotalMilliseconds;
                built = null!;
                SearchIndexBuilder.Build(language, documents, sharding); // the shards' code warmed up too, untimed
                // Warm builds of the whole index and of the same index in shards (threshold 0: always), taken
                // in turns and compared by their medians: on a shared machine one run of each can differ by a
                // third from other work alone, more than the difference being measured. Each is timed twice: when
                // the builder returns, and when its files are ready to write (UTF-8 bytes and fingerprinted names),
                // which the shards have on return and the whole index gets only from the Write stage. Each starts
                // with nothing of the other left in memory (as in a site build, which makes one of them once): the
                // collector would otherwise be slower for whichever runs beside the other's gigabyte of output.
                var wholeRuns = new List<double>();
                var shardedRuns = new List<double>();
                var wholeFilesRuns = new List<double>();
                var shardedFilesRuns = new List<double>();
                SearchIndexOutput sharded = null!;
                for (var run = 0; run < BuildRuns; run++)
                {
                    sharded = null!;
                    CollectGarbage();
                    watch.Restart();
                    built = SearchIndexBuilder.Build(language, documents);
                    wholeRuns.Add(watch.Elapsed.TotalMilliseconds);
                    ReadyToWrite(built.IndexJson, SearchAssetNames.Index(language));
                    ReadyToWrite(built.DocumentsJson!, SearchAssetNames.Docs(language));
                    wholeFilesRuns.Add(watch.Elapsed.TotalMilliseconds);
                    built = null!;
                    CollectGarbage();
                    watch.Restart();
                    sharded = SearchIndexBuilder.Build(language, documents, sharding);
                    shardedRuns.Add(watch.Elapsed.TotalMilliseconds);
                    ReadyToWrite(sharded.IndexJson, SearchAssetNames.Index(language));
                    shardedFilesRuns.Add(watch.Elapsed.TotalMilliseconds);
                }
                ours[language] = (coldMs, Median(wholeRuns), Median(shardedRuns), Median(wholeFilesRuns), Median(shardedFilesRuns));

                // The sharded index as a browser would find it: a bare search page over its files, which the node
                // session reads and the browser benchmark serves.
                var site = Path.Combine(temp.FullName, $"site-{language}");
                var shardDir = BareSearchPage.Write(site, root, language, sharded);
                var manifestPath = Path.Combine(shardDir, BareSearchPage.ManifestName(language));
                sharded = null!;
                // The whole index's files for node, made again after the timed runs so that writing them is not
                // under way while one is timed.
                built = SearchIndexBuilder.Build(language, documents);
                File.WriteAllText(indexPath, built.IndexJson, Utf8);
                File.WriteAllText(docsPath, built.DocumentsJson!, Utf8);
                var wholeIndexChars = built.IndexJson.Length;
                built = null!;
                if (runLunr) File.WriteAllText(corpusPath, LunrInputJson.Write(language, documents, refs: "url"), Utf8);
                var queries = Queries(documents, language);
                languages.Add(new
                {
                    language, indexPath, docsPath, corpusPath, manifestPath, shardDir, runLunr,
                    loadWhole = wholeIndexChars < WholeIndexLoadMaxBytes,
                    queries,
                });
                sites.Add(new { language, root = site, queries });
                File.WriteAllText(Path.Combine(site, "queries.json"), JsonSerializer.Serialize(queries), Utf8); // beside the page --keep leaves
            }

            var inputPath = Path.Combine(temp.FullName, "bench.json");
            File.WriteAllText(inputPath, JsonSerializer.Serialize(new { languages }), Utf8);
            output.WriteLine(runLunr ? "Building the same documents with lunr.js under node, and querying both indexes…" : "Querying the whole and the sharded index under node (lunr's own builder skipped above " + LunrComparisonMaxPairs + " pairs)…");
            var json = NodeScripts.RunNode(root, Path.Combine("generator", "Index", "reference-bench.js"), NodeTimeout, [], inputPath);
            using var results = JsonDocument.Parse(json);

            var allMet = true;
            if (runLunr)
            {
                output.WriteLine();
                output.WriteLine("lang | ours build (cold / warm) | lunr build | speed-up | ours raw / gzip      | lunr raw / gzip      | query median / p95 / max | index load");
                output.WriteLine("-----|--------------------------|------------|----------|----------------------|----------------------|--------------------------|-----------");
                foreach (var r in results.RootElement.EnumerateArray())
                {
                    var language = r.GetProperty("language").GetString()!;
                    var (cold, warm, _, _, _) = ours[language];
                    var lunrMs = r.GetProperty("lunrBuildMs").GetDouble();
                    var (ourRaw, ourGzip) = Sizes(r.GetProperty("ours"));
                    var (lunrRaw, lunrGzip) = Sizes(r.GetProperty("lunr"));
                    var query = r.TryGetProperty("queryMedianMs", out var median)
                        ? string.Create(CultureInfo.InvariantCulture, $"{median.GetDouble(),5:F1} / {r.GetProperty("queryP95Ms").GetDouble(),5:F1} / {r.GetProperty("queryMaxMs").GetDouble(),5:F1} ms | {r.GetProperty("loadMs").GetDouble(),6:F0} ms")
                        : "  (index too large to load)     |";
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{language,-4} | {cold,9:F0} ms / {warm,6:F0} ms | {lunrMs,7:F0} ms | {lunrMs / cold,7:F1}× | {Mb(ourRaw),8} / {Mb(ourGzip),8}  | {Mb(lunrRaw),8} / {Mb(lunrGzip),8}  | {query}"));
                    allMet &= lunrMs / cold >= 10 && ourGzip <= lunrGzip && (!r.TryGetProperty("queryP95Ms", out var p95) || p95.GetDouble() < 50);
                }

                output.WriteLine();
                foreach (var r in results.RootElement.EnumerateArray())
                {
                    var (shortRaw, shortGzip) = Sizes(r.GetProperty("lunrShortRefs"));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{r.GetProperty("language").GetString()}: lunr's index with our short refs would be {Mb(shortRaw)} / {Mb(shortGzip)} gzip; " +
                        $"{r.GetProperty("queries").GetInt32()} queries × 5 runs, {(r.TryGetProperty("emptyResults", out var e) ? e.GetInt32() : -1)} with no result."));
                }
                output.WriteLine($"Build times: cold is one run (JIT warm-up included; the speed-up uses it), warm the median of {BuildRuns}. Sizes: UTF-8 bytes, gzip level 6 (node zlib) for both.");
                output.WriteLine(allMet ? "Targets met: ≥10× faster, gzip ≤ lunr's, p95 query < 50 ms." : "Targets NOT all met (≥10× faster, gzip ≤ lunr's, p95 query < 50 ms).");
            }

            output.WriteLine();
            output.WriteLine("Whole index vs shards: KB gzip fetched and ms after the files arrive (parse, load into lunr, query), per query.");
            output.WriteLine("lang | index  | first query KB (median / p95 / max)  | first ms (median / p95) | next queries KB (mean / p95) | next ms (mean / p95) | build, to files ready to write");
            output.WriteLine("-----|--------|--------------------------------------|-------------------------|------------------------------|----------------------|-------------------------------");
            var shardsMet = true;
            var wholeKbOf = new Dictionary<string, double>();
            foreach (var r in results.RootElement.EnumerateArray())
            {
                var language = r.GetProperty("language").GetString()!;
                var (_, warm, shardedMs, wholeFilesMs, shardedFilesMs) = ours[language];
                var wholeKb = (r.GetProperty("ours").GetProperty("gzip").GetInt64() + r.GetProperty("docs").GetProperty("gzip").GetInt64()) / 1024.0;
                wholeKbOf[language] = wholeKb;
                var wholeFirst = r.TryGetProperty("loadMs", out var load)
                    ? string.Create(CultureInfo.InvariantCulture, $"{load.GetDouble() + r.GetProperty("queryMedianMs").GetDouble(),9:F0}") : "      n/a";
                var wholeNext = r.TryGetProperty("queryMedianMs", out var qm)
                    ? string.Create(CultureInfo.InvariantCulture, $"{qm.GetDouble(),6:F1}") : "   n/a";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{language,-4} | whole  | {wholeKb,10:F0} (index + results list)      | {wholeFirst} (load+query)   | {0,10:F1}                   | {wholeNext} (query)       | {wholeFilesMs,6:F0} ms"));
                var s = r.GetProperty("sharded");
                var first = s.GetProperty("firstBytes");
                var firstMs = s.GetProperty("firstMs");
                var next = s.GetProperty("nextBytes");
                var nextMs = s.GetProperty("nextMs");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{language,-4} | shards | {Kb(first, "median")} / {Kb(first, "p95")} / {Kb(first, "max")}          | {firstMs.GetProperty("median").GetDouble(),6:F1} / {firstMs.GetProperty("p95").GetDouble(),6:F1}         | {Kb(next, "mean")} / {Kb(next, "p95")}              | {nextMs.GetProperty("mean").GetDouble(),6:F1} / {nextMs.GetProperty("p95").GetDouble(),6:F1}      | {shardedFilesMs,6:F0} ms ({(shardedFilesMs / wholeFilesMs - 1) * 100:+0;-0}%)"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"       build until the builder returns (the whole index still a string, unnamed): whole {warm:F0} ms, shards {shardedMs:F0} ms ({(shardedMs / warm - 1) * 100:+0;-0}%)."));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"       {s.GetProperty("shards").GetInt32()} shards, {s.GetProperty("docParts").GetInt32()} document-store parts; manifest {s.GetProperty("manifestGzip").GetInt64() / 1024.0:F1} KB gzip."));
                var split = s.GetProperty("firstBreakdown");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"       first query KB, median (mean) of each: manifest {Kb(split.GetProperty("manifest"), "median").Trim()} ({Kb(split.GetProperty("manifest"), "mean").Trim()}), " +
                    $"shards {Kb(split.GetProperty("shards"), "median").Trim()} ({Kb(split.GetProperty("shards"), "mean").Trim()}), " +
                    $"blocks {Kb(split.GetProperty("blocks"), "median").Trim()} ({Kb(split.GetProperty("blocks"), "mean").Trim()}), " +
                    $"document store {Kb(split.GetProperty("docs"), "median").Trim()} ({Kb(split.GetProperty("docs"), "mean").Trim()}); " +
                    $"files {s.GetProperty("firstFiles").GetProperty("median").GetDouble():F0} (max {s.GetProperty("firstFiles").GetProperty("max").GetDouble():F0}), " +
                    $"rounds of blocks {s.GetProperty("firstRounds").GetProperty("median").GetDouble():F0} (max {s.GetProperty("firstRounds").GetProperty("max").GetDouble():F0})"));
                var nextSplit = s.GetProperty("nextBreakdown");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"       next queries KB, mean (median) of each: shards {Kb(nextSplit.GetProperty("shards"), "mean").Trim()} ({Kb(nextSplit.GetProperty("shards"), "median").Trim()}), " +
                    $"blocks {Kb(nextSplit.GetProperty("blocks"), "mean").Trim()} ({Kb(nextSplit.GetProperty("blocks"), "median").Trim()}), " +
                    $"document store {Kb(nextSplit.GetProperty("docs"), "mean").Trim()} ({Kb(nextSplit.GetProperty("docs"), "median").Trim()}); " +
                    $"files {s.GetProperty("nextFiles").GetProperty("mean").GetDouble():F1} (max {s.GetProperty("nextFiles").GetProperty("max").GetDouble():F0})"));
                var exactPages = s.GetProperty("exactFirstPages").GetInt32();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"       first page ranked from heads = first page of the whole list (refs and scores): {exactPages} of {r.GetProperty("queries").GetInt32()} queries."));
                if (exactPages != r.GetProperty("queries").GetInt32()) output.WriteLine("       error: a first page ranked from heads differs from the whole list's.");
                shardsMet &= first.GetProperty("max").GetDouble() <= 150 * 1024 && next.GetProperty("mean").GetDouble() <= 30 * 1024
                    && firstMs.GetProperty("p95").GetDouble() < 100 && nextMs.GetProperty("p95").GetDouble() < 100 && shardedFilesMs <= wholeFilesMs * 1.10;
            }
            output.WriteLine("First query: each query as the first of a session (manifest + shards + the blocks of common words that ranking the first 10 results needs + results list parts for them).");
            output.WriteLine($"Next queries: all queries in one session, in order, each file fetched once; build: warm whole index, and shards (vs whole), medians of {BuildRuns} runs each, taken in turns,");
            output.WriteLine("each until its files are ready to write: their UTF-8 bytes and fingerprinted names (the shards are made as bytes and named as they are written; the whole index is a string until the Write stage encodes and fingerprints it).");
            output.WriteLine(shardsMet
                ? "Shard targets met: first query ≤ 150 KB, next ≤ 30 KB on average, < 100 ms after the files arrive, shard build ≤ +10%."
                : "Shard targets NOT all met (first query ≤ 150 KB, next ≤ 30 KB on average, < 100 ms after the files arrive, shard build ≤ +10%).");

            if (browser)
            {
                output.WriteLine();
                output.WriteLine("In Chromium: the same queries on a search page over the same shards, served with gzip from a local server…");
                var browserInput = Path.Combine(temp.FullName, "browser.json");
                File.WriteAllText(browserInput, JsonSerializer.Serialize(new { chromium = ChromiumPath, languages = sites }), Utf8);
                using var measured = JsonDocument.Parse(NodeScripts.RunNode(root, Path.Combine("generator", "Index", "browser-bench.js"), NodeTimeout, NodeScripts.PlaywrightCore, browserInput));
                if (!PrintBrowserFigures(output, measured.RootElement, wholeKbOf)) return 1;
            }
            return 0;
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            // The bare search pages over the shards, kept on request: served, profiled or read after the run.
            if (keep is not null)
            {
                Directory.CreateDirectory(keep);
                // Copied, not moved: the folder asked for may be on another file system than the temporary one.
                foreach (var site in temp.EnumerateDirectories("site-*")) Bench.BenchCorpus.CopyTree(site.FullName, Path.Combine(keep, site.Name));
                output.WriteLine($"The search pages over the shards, with the benchmark's queries (queries.json), are in {Path.GetFullPath(keep)} (site-vi, site-en).");
            }
            temp.Delete(recursive: true);
        }
    }

    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>What the Write stage does to a search file before writing it: its UTF-8 bytes, and its fingerprinted name.</summary>
    private static string ReadyToWrite(string json, string name) => SearchAssetNames.Fingerprinted(name, Encoding.UTF8.GetBytes(json));

    /// <summary>How long a node half may take: at 10,000 pairs each language's queries take minutes.</summary>
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Debian's Chromium, which the browser benchmark drives (as the browser tests do).</summary>
    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// What the browser fetched (browser-bench.js), beside the whole index: bytes of search files as received
    /// (gzip bodies), for each query asked first in a fresh page and for the query after it in the same page.
    /// </summary>
    /// <returns>False when a query's files were not what a page should fetch (the manifest first, once).</returns>
    private static bool PrintBrowserFigures(TextWriter output, JsonElement measured, IReadOnlyDictionary<string, double> wholeKbOf)
    {
        var sound = true;
        output.WriteLine("lang | whole index KB | first query KB (median / p95 / max) | files (median / max) | second query KB (mean / median / max) | ms to results, first (median / p95) | second (median)");
        output.WriteLine("-----|----------------|-------------------------------------|----------------------|---------------------------------------|-------------------------------------|----------------");
        foreach (var lang in measured.EnumerateArray())
        {
            var language = lang.GetProperty("language").GetString()!;
            var first = lang.GetProperty("first").EnumerateArray().ToList();
            var second = lang.GetProperty("second").EnumerateArray().ToList();
            List<double> Of(List<JsonElement> runs, string name) => runs.Select(q => q.GetProperty(name).GetDouble()).Order().ToList();
            var firstKb = Of(first, "bytes").Select(b => b / 1024).ToList();
            var secondKb = Of(second, "bytes").Select(b => b / 1024).ToList();
            var files = first.Select(q => (double)q.GetProperty("files").GetArrayLength()).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{language,-4} | {wholeKbOf[language],14:F0} | {Percentile(firstKb, 0.5),9:F1} / {Percentile(firstKb, 0.95),6:F1} / {firstKb[^1],6:F1}      | {Percentile(files, 0.5),8:F0} / {files[^1],4:F0}     | " +
                $"{secondKb.Average(),10:F1} / {Percentile(secondKb, 0.5),6:F1} / {secondKb[^1],6:F1}       | {Percentile(Of(first, "ms"), 0.5),13:F0} / {Percentile(Of(first, "ms"), 0.95),6:F0}           | {Percentile(Of(second, "ms"), 0.5),8:F0}"));
            var largest = first.OrderByDescending(q => q.GetProperty("bytes").GetInt64()).Take(3)
                .Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.GetProperty("query").GetString()} ({q.GetProperty("bytes").GetInt64() / 1024.0:F0} KB)"));
            output.WriteLine($"       largest first queries: {string.Join("; ", largest)}");
            static IEnumerable<string> Names(JsonElement q, string list) => q.GetProperty(list).EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal);
            if (first.Concat(second).Any(q => !Names(q, "files").SequenceEqual(Names(q, "served"))))
            {
                output.WriteLine("       error: the search files the page received differ from those the server sent during its query.");
                sound = false;
            }
            bool FetchedManifest(JsonElement q) => q.GetProperty("files").EnumerateArray().Any(f => f.GetString() == BareSearchPage.ManifestName(language));
            if (!first.All(FetchedManifest) || second.Any(FetchedManifest))
            {
                output.WriteLine("       error: a first query did not fetch the manifest, or a second one fetched it again.");
                sound = false;
            }
        }
        output.WriteLine($"First query: {string.Join(", ", measured.EnumerateArray().Select(l => l.GetProperty("first").GetArrayLength()))} queries, each in a fresh page; second: the next query of the list in the same page. " +
            "Bytes: the search files' bodies as received (gzip level 6), lunr.js and the page excluded; ms: from the query to the results shown, fetching from this machine.");
        return sound;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Floor(p * sorted.Count))];

    /// <summary>
    /// Warm builds of each kind (whole, sharded) timed, in turns. Five, not three: at 10,000 pairs an English build
    /// takes 2–3 s, and in one run of three turns the whole index's median was 1.5 s where the same code timed it at
    /// 2.8–3.8 s in eight turns and 2.9–3.1 s in five.
    /// </summary>
    private const int BuildRuns = 5;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Kb(JsonElement stats, string name) =>
        (stats.GetProperty(name).GetDouble() / 1024).ToString("F1", CultureInfo.InvariantCulture).PadLeft(6);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static (long Raw, long Gzip) Sizes(JsonElement e) => (e.GetProperty("raw").GetInt64(), e.GetProperty("gzip").GetInt64());

    private static string Mb(long bytes) => (bytes / 1_000_000.0).ToString("F2", CultureInfo.InvariantCulture) + " MB";

    /// <summary>A query as the node scripts take it: its text, and whether it is being typed (its last word a prefix).</summary>
    private sealed record BenchQuery([property: JsonPropertyName("text")] string Text, [property: JsonPropertyName("typing")] bool Typing);

    /// <summary>Queries a reader might type, taken from the corpus: title words with and without diacritics, names, document numbers, half-typed words.</summary>
    private static BenchQuery[] Queries(IReadOnlyList<SearchDocument> documents, string language)
    {
        var queries = new List<BenchQuery>();
        for (var i = 0; i < documents.Count && queries.Count < 60; i += Math.Max(1, documents.Count / 10))
        {
            var d = documents[i];
            var words = d.Title.Split(' ');
            var two = string.Join(' ', words.Take(2));
            queries.Add(new BenchQuery(two, false));
            queries.Add(new BenchQuery(VietnameseFolding.Fold(two), false));
            queries.Add(new BenchQuery(two.Length > 3 ? two[..^2] : two, true));
            if (d.EntityNames.Count > 0) queries.Add(new BenchQuery(VietnameseFolding.Fold(d.EntityNames[0]), false));
            if (d.DocumentNumbers.Count > 0) queries.Add(new BenchQuery(d.DocumentNumbers[0], false));
            queries.Add(new BenchQuery("\"" + string.Join(' ', words.Skip(1).Take(3)) + "\"", false));
        }
        queries.Add(new BenchQuery(language == "vi" ? "chi thi 15" : "directive 15", false));
        queries.Add(new BenchQuery("7,52", false));
        // An English title folds to itself: its "folded" query would be the one before it again, fetching nothing.
        return queries.DistinctBy(q => q.Text).ToArray();
    }
}
