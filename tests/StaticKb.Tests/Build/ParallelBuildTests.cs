using StaticKb.Bench;
using StaticKb.Build;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>
/// The build renders, reads and checks pages on every core; the site it writes must not depend on how many there
/// are or in what order the threads finished.
/// </summary>
public class ParallelBuildTests
{
    [Fact]
    public void A_build_on_many_threads_is_byte_identical_to_one_on_a_single_thread()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 150, words: 150);

        var single = SiteBuilder.Build(new BuildOptions(project.Path, WriteOutput: false, Threads: 1));
        var many = SiteBuilder.Build(new BuildOptions(project.Path, WriteOutput: false, Threads: 8));

        Assert.True(single.Succeeded, string.Join("\n", single.Diagnostics));
        Assert.True(many.Succeeded, string.Join("\n", many.Diagnostics));
        var a = single.Files!.ToDictionary(f => f.Path, f => f.Content);
        var b = many.Files!.ToDictionary(f => f.Path, f => f.Content);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.True(a.Count > 300, $"only {a.Count} files");
        foreach (var (path, bytes) in a)
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between the single-threaded and the parallel build");
        // Backlinks come from bodies rendered in parallel: their order is part of what must not change.
        Assert.Contains("backlink", System.Text.Encoding.UTF8.GetString(a["vi/people/pham-minh-chinh/index.html"]));
    }
}
