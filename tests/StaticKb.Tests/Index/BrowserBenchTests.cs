using System.IO.Compression;
using System.Text.Json;
using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// generator/Index/browser-bench.js, the Chromium half of <c>statickb bench search --browser</c>: what it reports
/// for a query is what the search page fetched, compressed as it came over the wire, and a second query in the same
/// page is charged only for the files the first did not fetch.
/// </summary>
public sealed class BrowserBenchTests
{
    [Fact]
    public void A_first_and_a_second_query_are_charged_the_gzip_bytes_of_the_search_files_the_page_fetched()
    {
        var (vi, _) = SyntheticCorpus.Generate(articlePairs: 300);
        // Small heads, so that the corpus's common words have blocks and a two-word query fetches some.
        var built = SearchIndexBuilder.Build("vi", vi, SearchShardsTests.Small);
        var root = Directory.CreateTempSubdirectory("statickb-browser-bench-");
        try
        {
            var assets = BareSearchPage.Write(root.FullName, NodeHarness.RepoRoot, "vi", built);
            var words = vi[3].Title.Split(' ');
            var queries = new[]
            {
                new { text = string.Join(' ', words.Take(2)), typing = false },
                new { text = VietnameseFolding.Fold(string.Join(' ', words.Skip(1).Take(2))), typing = true },
            };
            var input = Path.Combine(root.FullName, "bench.json");
            File.WriteAllText(input, JsonSerializer.Serialize(new
            {
                chromium = StaticKb.Tests.Browser.Support.BrowserFixture.ChromiumPath,
                languages = new[] { new { language = "vi", root = root.FullName, queries } },
            }));

            using var measured = JsonDocument.Parse(NodeScripts.RunNode(NodeHarness.RepoRoot, Path.Combine("generator", "Index", "browser-bench.js"), TimeSpan.FromMinutes(10), NodeScripts.PlaywrightCore, input));
            var lang = measured.RootElement[0];
            Assert.Equal("vi", lang.GetProperty("language").GetString());
            var first = lang.GetProperty("first")[0];
            var second = lang.GetProperty("second")[0];
            Assert.Equal(queries[0].text, first.GetProperty("query").GetString());
            Assert.Equal(queries[1].text, second.GetProperty("query").GetString());
            Assert.Matches(@"^(Ít nhất )?\d+ kết quả$", first.GetProperty("status").GetString());
            Assert.Matches(@"^(Ít nhất )?\d+ kết quả$", second.GetProperty("status").GetString());

            var firstFiles = Files(first);
            var secondFiles = Files(second);
            // What the page received is what the server sent while the query was asked, no more, no less.
            Assert.Equal(Files(first, "served").Order(), firstFiles.Order());
            Assert.Equal(Files(second, "served").Order(), secondFiles.Order());
            Assert.Contains(BareSearchPage.ManifestName("vi"), firstFiles);
            Assert.Contains(firstFiles, SearchShards.IsBlockFileName);
            Assert.Contains(firstFiles, f => f.StartsWith("search-docs-vi-", StringComparison.Ordinal));
            Assert.DoesNotContain(BareSearchPage.ManifestName("vi"), secondFiles);
            Assert.Empty(secondFiles.Intersect(firstFiles));
            Assert.NotEmpty(secondFiles);

            // Bytes as they came over the wire: gzip, not the files' own size. .NET's zlib and node's may differ by
            // a few bytes for the same level, so the sum is compared within 3%.
            foreach (var (query, files) in new[] { (first, firstFiles), (second, secondFiles) })
            {
                var gzip = files.Sum(f => GzipSize(File.ReadAllBytes(Path.Combine(assets, f))));
                var raw = files.Sum(f => new FileInfo(Path.Combine(assets, f)).Length);
                var reported = query.GetProperty("bytes").GetInt64();
                Assert.InRange(reported, gzip * 0.97, gzip * 1.03);
                Assert.True(reported < raw / 2, $"{reported} bytes reported for {raw} bytes of files: not their compressed size");
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static List<string> Files(JsonElement query, string list = "files") => query.GetProperty(list).EnumerateArray().Select(f => f.GetString()!).ToList();

    private static long GzipSize(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }
}
