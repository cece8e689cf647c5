using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StaticKb.Index;

/// <summary>
/// <c>statickb bench search</c>: builds both indexes of a synthetic corpus (<see cref="SyntheticCorpus"/>) with
/// our builder and with lunr.js's own (under node, same documents, same analysis), and prints build time,
/// raw and gzip size, and query latency in lunr loading our index. Needs node and the repository's
/// node_modules (installed with npm ci when missing).
/// Targets (issue 7): at least 10× faster than lunr, gzip no larger than lunr's, queries under 50 ms.
/// </summary>
public static class SearchBenchmark
{
    public static int Run(TextWriter output, int articlePairs = 1000)
    {
        var root = NodeScripts.RepoRoot();
        output.WriteLine($"Generating {articlePairs} article pairs (~1,000 words each)…");
        var (vi, en) = SyntheticCorpus.Generate(articlePairs);

        var temp = Directory.CreateTempSubdirectory("statickb-bench-");
        try
        {
            var languages = new List<object>();
            var ours = new Dictionary<string, (double ColdMs, double WarmMs)>();
            foreach (var (language, documents) in new[] { ("vi", vi), ("en", en) })
            {
                var watch = Stopwatch.StartNew();
                var built = SearchIndexBuilder.Build(language, documents);
                var coldMs = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                SearchIndexBuilder.Build(language, documents);
                ours[language] = (coldMs, watch.Elapsed.TotalMilliseconds);

                var indexPath = Path.Combine(temp.FullName, $"{language}.index.json");
                var corpusPath = Path.Combine(temp.FullName, $"{language}.corpus.json");
                File.WriteAllText(indexPath, built.IndexJson, Utf8);
                File.WriteAllText(corpusPath, LunrInputJson.Write(language, documents, refs: "url"), Utf8);
                languages.Add(new { language, indexPath, corpusPath, queries = Queries(documents, language) });
            }

            var inputPath = Path.Combine(temp.FullName, "bench.json");
            File.WriteAllText(inputPath, JsonSerializer.Serialize(new { languages }), Utf8);
            output.WriteLine("Building the same documents with lunr.js under node…");
            var json = NodeScripts.RunNode(root, Path.Combine("generator", "Index", "reference-bench.js"), inputPath);
            using var results = JsonDocument.Parse(json);

            output.WriteLine();
            output.WriteLine("lang | ours build (cold / warm) | lunr build | speed-up | ours raw / gzip      | lunr raw / gzip      | query median / p95 / max | index load");
            output.WriteLine("-----|--------------------------|------------|----------|----------------------|----------------------|--------------------------|-----------");
            var allMet = true;
            foreach (var r in results.RootElement.EnumerateArray())
            {
                var language = r.GetProperty("language").GetString()!;
                var (cold, warm) = ours[language];
                var lunrMs = r.GetProperty("lunrBuildMs").GetDouble();
                var (ourRaw, ourGzip) = Sizes(r.GetProperty("ours"));
                var (lunrRaw, lunrGzip) = Sizes(r.GetProperty("lunr"));
                var median = r.GetProperty("queryMedianMs").GetDouble();
                var p95 = r.GetProperty("queryP95Ms").GetDouble();
                var max = r.GetProperty("queryMaxMs").GetDouble();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{language,-4} | {cold,9:F0} ms / {warm,6:F0} ms | {lunrMs,7:F0} ms | {lunrMs / cold,7:F1}× | {Mb(ourRaw),8} / {Mb(ourGzip),8}  | {Mb(lunrRaw),8} / {Mb(lunrGzip),8}  | {median,5:F1} / {p95,5:F1} / {max,5:F1} ms | {r.GetProperty("loadMs").GetDouble(),6:F0} ms"));
                allMet &= lunrMs / cold >= 10 && ourGzip <= lunrGzip && p95 < 50;
            }

            output.WriteLine();
            foreach (var r in results.RootElement.EnumerateArray())
            {
                var (shortRaw, shortGzip) = Sizes(r.GetProperty("lunrShortRefs"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.GetProperty("language").GetString()}: lunr's index with our short refs would be {Mb(shortRaw)} / {Mb(shortGzip)} gzip; " +
                    $"{r.GetProperty("queries").GetInt32()} queries × 5 runs, {r.GetProperty("emptyResults").GetInt32()} with no result."));
            }
            output.WriteLine("Build times are one run each (cold includes JIT warm-up; speed-up uses cold). Sizes: UTF-8 bytes, gzip level 6 (node zlib) for both.");
            output.WriteLine(allMet ? "Targets met: ≥10× faster, gzip ≤ lunr's, p95 query < 50 ms." : "Targets NOT all met (≥10× faster, gzip ≤ lunr's, p95 query < 50 ms).");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static (long Raw, long Gzip) Sizes(JsonElement e) => (e.GetProperty("raw").GetInt64(), e.GetProperty("gzip").GetInt64());

    private static string Mb(long bytes) => (bytes / 1_000_000.0).ToString("F2", CultureInfo.InvariantCulture) + " MB";

    /// <summary>Queries a reader might type, taken from the corpus: title words with and without diacritics, names, document numbers, half-typed words.</summary>
    private static object[] Queries(IReadOnlyList<SearchDocument> documents, string language)
    {
        var queries = new List<object>();
        for (var i = 0; i < documents.Count && queries.Count < 60; i += Math.Max(1, documents.Count / 10))
        {
            var d = documents[i];
            var words = d.Title.Split(' ');
            var two = string.Join(' ', words.Take(2));
            queries.Add(new { text = two, typing = false });
            queries.Add(new { text = VietnameseFolding.Fold(two), typing = false });
            queries.Add(new { text = two.Length > 3 ? two[..^2] : two, typing = true });
            if (d.EntityNames.Count > 0) queries.Add(new { text = VietnameseFolding.Fold(d.EntityNames[0]), typing = false });
            if (d.DocumentNumbers.Count > 0) queries.Add(new { text = d.DocumentNumbers[0], typing = false });
            queries.Add(new { text = "\"" + string.Join(' ', words.Skip(1).Take(3)) + "\"", typing = false });
        }
        queries.Add(new { text = language == "vi" ? "chi thi 15" : "directive 15", typing = false });
        queries.Add(new { text = "7,52", typing = false });
        return queries.ToArray();
    }
}
