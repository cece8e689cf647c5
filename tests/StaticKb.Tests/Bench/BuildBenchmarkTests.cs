using System.Text.Json;
using StaticKb.Bench;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Bench;

/// <summary>
/// The build benchmark on a tiny corpus: it builds with statickb and with Hugo (installed by .ci/test), prints
/// both rows and the ratios, and writes the same figures as JSON. Figures themselves are not asserted: speed is
/// the benchmark's business, not a unit test's.
/// </summary>
public class BuildBenchmarkTests
{
    [Fact]
    public void Prints_statickb_and_hugo_side_by_side_and_writes_json()
    {
        using var folder = new TempFolder();
        var jsonPath = Path.Combine(folder.Path, "bench.json");
        var output = new StringWriter();

        var exit = BuildBenchmark.Run(output, new BuildBenchmark.Options([8], Runs: 2, Hugo: true, jsonPath, Edits: 1));

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Matches(@"(?m)^statickb \|\s+\d+\.\d\d s", text);
        Assert.Matches(@"(?m)^hugo\s+\|\s+\d+\.\d\d s", text);
        Assert.Contains("statickb / hugo: wall", text);
        Assert.Matches(@"median of the runs side by side \d+\.\d\d×", text);
        Assert.Matches(@"writing the files alone \(.*\): statickb's \d+ files \(\d+\.\d MiB\) \d+\.\d\d s \(\d+\.\d\d s CPU\), \d+ % of its median wall, \d+\.\d\d× Hugo's; Hugo's \d+ files", text);
        // The tools take turns, so each pair of runs meets about the same load.
        var runs = System.Text.RegularExpressions.Regex.Matches(text, @"(?m)^  (statickb|hugo) run (\d)").Select(m => m.Groups[1].Value + m.Groups[2].Value);
        Assert.Equal(["statickb1", "hugo1", "statickb2", "hugo2"], runs);
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var size = json.RootElement.GetProperty("sizes")[0];
        Assert.Equal(8, size.GetProperty("pairs").GetInt32());
        // 8 pairs in two languages plus entity, list and index pages: both tools built real sites.
        Assert.True(size.GetProperty("statickb").GetProperty("pages").GetInt32() > 16 + 2 * 82);
        Assert.True(size.GetProperty("hugo").GetProperty("pages").GetInt32() > 16);
        Assert.True(size.GetProperty("statickb").GetProperty("peak_rss_mib").GetDouble() > 10);
        Assert.True(size.GetProperty("statickb").GetProperty("search_index_gzip_mib").GetDouble() > 0);
        Assert.True(size.GetProperty("rebuild_one_article_ms").GetProperty("median").GetDouble() > 0);
        Assert.True(size.GetProperty("paired_wall_ratio").GetDouble() > 0);
        // Every file each tool wrote was written again: statickb's at least its pages and search files.
        var floor = size.GetProperty("write_floor");
        Assert.True(floor.GetProperty("statickb").GetProperty("files").GetInt32() > size.GetProperty("statickb").GetProperty("pages").GetInt32());
        Assert.True(floor.GetProperty("hugo").GetProperty("files").GetInt32() >= size.GetProperty("hugo").GetProperty("pages").GetInt32());
        Assert.True(floor.GetProperty("statickb").GetProperty("seconds").GetDouble() > 0);
    }

    [Fact]
    public void Hugo_gets_the_same_articles_and_entity_pages_it_can_read()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "corpus");
        var hugo = Path.Combine(folder.Path, "hugo");
        BenchCorpus.Create(RepoPaths.Root, corpus, pairs: 2);

        HugoProject.Create(RepoPaths.Root, corpus, hugo);

        Assert.Equal(File.ReadAllBytes(BenchCorpus.ArticlePath(corpus, "vi", 1)), File.ReadAllBytes(Path.Combine(hugo, "content", "vi", "articles", "bai-viet-00001.md")));
        var entity = File.ReadAllText(Path.Combine(hugo, "content", "vi", "people", "pham-minh-chinh.md"));
        Assert.Contains("title: Phạm Minh Chính", entity);
        Assert.DoesNotContain("\naliases:", entity);
        Assert.True(File.Exists(Path.Combine(hugo, "layouts", "_default", "single.html")));
    }
}
