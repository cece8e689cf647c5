using StaticKb.Bench;
using StaticKb.Build;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>
/// <c>statickb serve</c> publishes the edited pages with the previous search files, then makes the new ones; the
/// pages and, once made, the search files must be exactly those of a build from nothing.
/// </summary>
public class DeferredSearchIndexTests
{
    private const string Article = "content/vi/articles/bai-viet-00002.md";

    private static BuildOptions Options(string root, bool defer) =>
        new(root, "http://127.0.0.1:1313/", WriteOutput: false, FingerprintSearchFiles: false, DeferSearchIndex: defer);

    [Fact]
    public void The_pages_come_first_with_the_old_index_and_the_new_index_follows()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 6, words: 150);
        var cache = new BuildCache();
        var first = SiteBuilder.Build(Options(project.Path, defer: true), cache);
        Assert.True(first.Succeeded);
        Assert.Null(first.PendingSearchFiles); // nothing to show meanwhile: the first build makes its index at once
        var oldIndex = first.Files!.Single(f => f.Path == "assets/search-vi.json").Content;

        var path = Path.Combine(project.Path, Article);
        File.WriteAllText(path, File.ReadAllText(path) + "\nTừ khóa riêng xyzzyquux.\n");
        cache.Invalidate([Article]);
        var edited = SiteBuilder.Build(Options(project.Path, defer: true), cache);

        Assert.True(edited.Succeeded);
        Assert.Equal(oldIndex, edited.Files!.Single(f => f.Path == "assets/search-vi.json").Content);
        // The site's size (checked against site_budget_mb) counts the kept search files as the site holds them.
        Assert.Equal(first.Files!.Sum(f => (long)f.Content.Length), first.TotalBytes);
        Assert.Equal(edited.Files!.Sum(f => (long)f.Content.Length), edited.TotalBytes);
        var fresh = SiteBuilder.Build(Options(project.Path, defer: false));
        foreach (var page in fresh.Files!.Where(f => f.Path.EndsWith(".html")))
            Assert.Equal(page.Content, edited.Files!.Single(f => f.Path == page.Path).Content);

        var update = edited.PendingSearchFiles!();
        Assert.True(update.Succeeded);
        Assert.Equal(["assets/search-docs-en.json", "assets/search-docs-vi.json", "assets/search-en.json", "assets/search-vi.json"],
            update.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in update.Files)
            Assert.Equal(fresh.Files!.Single(f => f.Path == file.Path).Content, file.Content);
        Assert.Contains("xyzzyquux", System.Text.Encoding.UTF8.GetString(update.Files.Single(f => f.Path == "assets/search-vi.json").Content));
    }
}
