using System.Text.RegularExpressions;
using StaticKb.Bench;
using StaticKb.Build;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>
/// A build that writes the site streams each page to disk as it is rendered, with placeholders for the search files'
/// names that are overwritten once the indexes exist. What it writes must be exactly what a build holding every page
/// in memory makes.
/// </summary>
public class StreamedBuildTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_site_written_page_by_page_is_byte_identical_to_the_site_made_in_memory(bool sharded)
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 40, words: 150);
        if (sharded) File.AppendAllText(Path.Combine(project.Path, "site.yml"), "\nsearch_shard_threshold_kb: 1\n");

        var inMemory = SiteBuilder.Build(new BuildOptions(project.Path, WriteOutput: false, Threads: 1));
        var written = SiteBuilder.Build(new BuildOptions(project.Path, Threads: 4));

        Assert.True(inMemory.Succeeded, string.Join("\n", inMemory.Diagnostics));
        Assert.True(written.Succeeded, string.Join("\n", written.Diagnostics));
        var expected = inMemory.Files!.ToDictionary(f => f.Path, f => f.Content);
        var onDisk = Directory.EnumerateFiles(written.OutputDir!, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(written.OutputDir!, f).Replace('\\', '/'), File.ReadAllBytes);
        onDisk.Remove(StaticKb.Publish.AtomicOutput.Marker);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), onDisk.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(onDisk[path]), $"{path} differs between the streamed and the in-memory build");
        Assert.Equal(inMemory.TotalBytes, written.TotalBytes);
        Assert.Equal(inMemory.Diagnostics.Select(d => d.ToString()), written.Diagnostics.Select(d => d.ToString()));

        // Every page names its language's search files by their final names, which exist; no placeholder is left.
        var page = System.Text.Encoding.UTF8.GetString(onDisk["vi/index.html"]);
        var index = Regex.Match(page, "data-index=\"/[a-z/]*?(assets/search-vi\\.[0-9a-f]{15}\\.json)\"").Groups[1].Value;
        var docs = Regex.Match(page, "data-docs=\"/[a-z/]*?(assets/search-[a-z-]+\\.[0-9a-f]+\\.json)\"").Groups[1].Value;
        Assert.True(onDisk.ContainsKey(index), $"no {index}");
        Assert.True(onDisk.ContainsKey(docs), $"no {docs}");
        Assert.Equal(sharded, index == docs);
        Assert.DoesNotContain(onDisk, f => f.Key.EndsWith(".html", StringComparison.Ordinal)
            && System.Text.Encoding.UTF8.GetString(f.Value).Contains(StaticKb.Index.SearchAssetNames.PlaceholderMarker, StringComparison.Ordinal));
    }

    // A page that links a search file (a preload, say) carries its placeholder until the file is named; the link check
    // must see the final name, whether the pages were streamed or held.
    [Fact]
    public void A_link_to_a_search_file_is_checked_against_its_final_name()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 6, words: 80);
        var layout = Path.Combine(project.Path, "templates", "layouts", "base.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</head>",
            "<link rel=\"preload\" href=\"{{ assets.search_index }}\" as=\"fetch\" crossorigin></head>", StringComparison.Ordinal));

        var inMemory = SiteBuilder.Build(new BuildOptions(project.Path, WriteOutput: false, Strict: true));
        var written = SiteBuilder.Build(new BuildOptions(project.Path, Strict: true));

        Assert.True(inMemory.Succeeded, string.Join("\n", inMemory.Diagnostics));
        Assert.True(written.Succeeded, string.Join("\n", written.Diagnostics));
        var page = File.ReadAllText(Path.Combine(written.OutputDir!, "vi", "index.html"));
        Assert.Matches("<link rel=\"preload\" href=\"/[a-z/]*?assets/search-vi\\.[0-9a-f]{15}\\.json\"", page);
    }
}
