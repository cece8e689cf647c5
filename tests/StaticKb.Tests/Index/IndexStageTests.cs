using System.IO.Compression;
using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Index;
using StaticKb.Render;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Index;

/// <summary>
/// The Index stage's sizes and its search budget (site.yml <c>search_budget_kb</c>): an index a reader's phone
/// would download too much of is an error, with the figure a first query needs, whether or not the shards were
/// written out as they were made.
/// </summary>
public class IndexStageTests
{
    private static readonly RenderedSite Pages = new(Directory
        .EnumerateFiles(Path.Combine(FixturePages.Folder, "vi"), "*.html", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(file =>
        {
            var sitePath = Path.GetRelativePath(FixturePages.Folder, file).Replace('\\', '/')[..^".html".Length] + "/";
            return new RenderedPage(sitePath + "index.html", sitePath, "vi", File.ReadAllText(file));
        })
        .ToList());

    private static SiteConfig Config(int budgetKb, int thresholdKb)
    {
        var config = SiteConfigReader.Read(RepoPaths.Root, new SiteConfigReader.Overrides(), new DiagnosticBag())!;
        return config with { Languages = [config.Language("vi")], SearchBudgetKb = budgetKb, SearchShardThresholdKb = thresholdKb };
    }

    private static long Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return output.Length;
    }

    private static long Gzip(string text) => Gzip(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The manifest, the largest shard and the largest part of the results list, each gzipped on its own.</summary>
    private static long FirstQueryGzip(SearchIndexOutput output) =>
        Gzip(output.IndexJson)
        + output.Parts.Where(p => !p.Name.StartsWith("search-docs-", StringComparison.Ordinal)).Max(p => Gzip(p.Utf8))
        + output.Parts.Where(p => p.Name.StartsWith("search-docs-", StringComparison.Ordinal)).Max(p => Gzip(p.Utf8));

    [Fact]
    public void A_sharded_index_within_the_budget_reports_its_sizes_and_no_error()
    {
        var bag = new DiagnosticBag();
        var indexes = IndexStage.Run(Pages, Config(budgetKb: 1024, thresholdKb: 1), bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        var output = Assert.Single(indexes.Outputs);
        var size = Assert.Single(indexes.Sizes);
        Assert.True(output.IsSharded);
        var shards = output.Parts.Where(p => !p.Name.StartsWith("search-docs-", StringComparison.Ordinal)).ToList();
        Assert.Equal(shards.Count, size.Shards);
        Assert.Equal(shards.Max(p => p.Utf8.Length), size.LargestShardBytes);
        Assert.Equal(Gzip(output.IndexJson), size.FirstGzipBytes);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(output.IndexJson) + shards.Sum(p => p.Utf8.Length), size.IndexBytes);
    }

    [Fact]
    public void A_sharded_index_over_the_budget_is_an_error_naming_what_a_first_query_needs()
    {
        var bag = new DiagnosticBag();
        var indexes = IndexStage.Run(Pages, Config(budgetKb: 1, thresholdKb: 1), bag);

        var error = Assert.Single(bag.Sorted(), d => d.IsError);
        var needed = FirstQueryGzip(Assert.Single(indexes.Outputs));
        Assert.Contains($"the vi search shards need up to {needed / 1024} KB gzipped for a first query", error.Message);
        Assert.Contains("search_budget_kb", error.Hint);
    }

    [Fact]
    public void Shards_written_out_as_they_are_made_are_read_back_to_check_the_budget()
    {
        var inMemory = IndexStage.Run(Pages, Config(budgetKb: 1, thresholdKb: 1), new DiagnosticBag());
        var needed = FirstQueryGzip(Assert.Single(inMemory.Outputs));

        // Shards are made on several threads, as in a build.
        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>();
        var bag = new DiagnosticBag();
        var output = Assert.Single(IndexStage.Run(Pages, Config(budgetKb: 1, thresholdKb: 1), bag,
            storeShard: (language, pathInFolder, utf8) =>
            {
                var path = $"assets/.shards/{language}/{pathInFolder}";
                Assert.True(written.TryAdd(path, utf8.ToArray()), $"{path} stored twice");
                return new StoredSearchFile(path, utf8.Length);
            },
            readStored: file => written[file.Path]).Outputs);

        // Each shard and block was stored where its name puts it in the index's folder, so one rename of the
        // folder names them all (SiteBuilder).
        var stored = output.Parts.Where(p => p.Stored is not null).ToList();
        Assert.Equal(written.Count, stored.Count);
        Assert.All(stored, p => Assert.Equal("assets/.shards/vi/" + p.Name[(p.Name.IndexOf('/') + 1)..], p.Stored!.Path));
        Assert.All(stored, p => Assert.Equal(Assert.Single(inMemory.Outputs[0].Parts, q => q.Name == p.Name).Utf8, written[p.Stored!.Path]));
        var error = Assert.Single(bag.Sorted(), d => d.IsError);
        Assert.Contains($"need up to {needed / 1024} KB gzipped", error.Message);
    }

    [Fact]
    public void Shards_whose_bound_passes_the_budget_are_gzipped_and_a_site_within_it_passes()
    {
        var output = Assert.Single(IndexStage.Run(Pages, Config(budgetKb: 1024, thresholdKb: 1), new DiagnosticBag()).Outputs);
        var shards = output.Parts.Where(p => !p.Name.StartsWith("search-docs-", StringComparison.Ordinal)).ToList();
        var parts = output.Parts.Where(p => p.Name.StartsWith("search-docs-", StringComparison.Ordinal)).ToList();
        var needed = FirstQueryGzip(output);
        var bound = Gzip(output.IndexJson) + IndexStage.GzipBound(shards.Max(p => p.Utf8.Length)) + IndexStage.GzipBound(parts.Max(p => p.Utf8.Length));
        var budgetKb = (int)((needed + 1023) / 1024);
        Assert.True(budgetKb * 1024L < bound, $"the fixture's shards are too small for this test: {needed} bytes needed, bound {bound}");

        var bag = new DiagnosticBag();
        IndexStage.Run(Pages, Config(budgetKb, thresholdKb: 1), bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
    }

    [Fact]
    public void A_whole_index_over_the_budget_is_an_error_with_its_gzipped_size()
    {
        var bag = new DiagnosticBag();
        var indexes = IndexStage.Run(Pages, Config(budgetKb: 1, thresholdKb: 100_000), bag);

        var output = Assert.Single(indexes.Outputs);
        Assert.False(output.IsSharded);
        var gzip = Gzip(output.IndexJson) + Gzip(output.DocumentsJson!);
        Assert.Equal(gzip, Assert.Single(indexes.Sizes).FirstGzipBytes);
        Assert.Contains($"the vi search files are {gzip / 1024} KB gzipped", Assert.Single(bag.Sorted(), d => d.IsError).Message);
    }

    [Fact]
    public void The_largest_gzipped_file_is_found_though_it_is_not_the_largest_file()
    {
        // A long run of one letter gzips to almost nothing; random bytes do not shrink at all.
        var random = new Random(7);
        byte[] Noise(int length) { var bytes = new byte[length]; random.NextBytes(bytes); return bytes; }
        var files = new[]
        {
            new SearchFile("a.json", new byte[300_000]),
            new SearchFile("b.json", Noise(20_000)),
            new SearchFile("c.json", Noise(25_000)),
            new SearchFile("d.json", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ngoại giao kinh tế ", 2_000)))),
        };

        Assert.Equal(files.Max(f => Gzip(f.Utf8)), IndexStage.LargestGzipLength(files, f => f.Utf8));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16_383)]
    [InlineData(65_536)]
    [InlineData(1_000_003)]
    public void Nothing_gzips_to_more_than_its_bound(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);

        var gzipped = IndexStage.GzipLength(bytes);
        Assert.True(gzipped <= IndexStage.GzipBound(length), $"{length} random bytes gzip to {gzipped}, over the bound {IndexStage.GzipBound(length)}");
    }
}
