using StaticKb.Build;
using StaticKb.Publish;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

/// <summary>A build that reuses the previous build's work must give exactly what a build from nothing gives.</summary>
public sealed class BuildCacheTests
{
    private static BuildOptions Options(ServeProject project) =>
        new(project.Root, "http://127.0.0.1:1313/", WriteOutput: false, FingerprintSearchFiles: false);

    private static void AssertSameSite(IReadOnlyList<OutputFile> expected, IReadOnlyList<OutputFile> actual)
    {
        Assert.Equal(expected.Select(f => f.Path), actual.Select(f => f.Path));
        foreach (var (e, a) in expected.Zip(actual))
            Assert.True(e.Content.AsSpan().SequenceEqual(a.Content), $"{e.Path} differs between a cached and a fresh build");
    }

    [Fact]
    public void Rebuilding_with_the_cache_after_edits_gives_the_same_site_as_a_fresh_build()
    {
        using var project = ServeProject.Create();
        var cache = new BuildCache();
        var first = SiteBuilder.Build(Options(project), cache);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(10, cache.ContentFilesRead);
        Assert.True(cache.TemplatesReloaded);

        project.Write("content/en/articles/tang-truong-quy-hai.md",
            project.Read("content/en/articles/tang-truong-quy-hai.md").Replace("Second-quarter growth", "Growth in the second quarter"));
        File.Delete(project.Full("content/vi/articles/ngoai-giao-kinh-te-2024.md"));
        var edited = SiteBuilder.Build(Options(project), cache);
        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));
        Assert.Equal(1, cache.ContentFilesRead);
        Assert.False(cache.TemplatesReloaded);
        var fresh = SiteBuilder.Build(Options(project));
        AssertSameSite(fresh.Files!, edited.Files!);
        Assert.Equal(fresh.Diagnostics, edited.Diagnostics);
        Assert.InRange(cache.PagesScanned, 1, edited.Files!.Count / 3);
        Assert.Contains(edited.Files!, f => f.Path == "en/articles/tang-truong-quy-hai/index.html"
            && System.Text.Encoding.UTF8.GetString(f.Content).Contains("Growth in the second quarter"));

        project.Write("templates/partials/article-item.html", "<!-- edited -->\n" + project.Read("templates/partials/article-item.html"));
        project.Write("templates/i18n/en.yml", project.Read("templates/i18n/en.yml").Replace("\nsearch_button: ", "\nsearch_button: Go "));
        var retemplated = SiteBuilder.Build(Options(project), cache);
        Assert.True(retemplated.Succeeded, string.Join("\n", retemplated.Diagnostics));
        Assert.True(cache.TemplatesReloaded);
        Assert.Equal(0, cache.ContentFilesRead);
        AssertSameSite(SiteBuilder.Build(Options(project)).Files!, retemplated.Files!);
    }

    [Fact]
    public void A_link_broken_by_an_edit_is_reported_by_a_cached_build_and_cleared_by_the_fix()
    {
        using var project = ServeProject.Create();
        var cache = new BuildCache();
        Assert.DoesNotContain(SiteBuilder.Build(Options(project), cache).Diagnostics, d => d.Message.Contains("broken link"));

        const string article = "content/en/articles/tang-truong-quy-hai.md";
        var good = project.Read(article);
        project.Write(article, good + "\nSee [the old page](/en/articles/no-such-article/).\n");
        var broken = SiteBuilder.Build(Options(project), cache);
        Assert.Equal(SiteBuilder.Build(Options(project)).Diagnostics, broken.Diagnostics);
        Assert.Contains(broken.Diagnostics, d => d.Message.Contains("broken link '/en/articles/no-such-article/'"));

        project.Write(article, good);
        Assert.DoesNotContain(SiteBuilder.Build(Options(project), cache).Diagnostics, d => d.Message.Contains("broken link"));
    }

    [Fact]
    public void Diagnostics_of_a_cached_file_are_reported_again_until_it_is_fixed()
    {
        using var project = ServeProject.Create();
        var cache = new BuildCache();
        const string article = "content/vi/articles/tang-truong-quy-hai.md";
        var good = project.Read(article);
        project.Write(article, good.Replace("date: 2024-07-01", "date: 2024-13-01"));
        var broken = SiteBuilder.Build(Options(project), cache);
        Assert.False(broken.Succeeded);
        Assert.Null(broken.Files);

        project.Write("content/en/articles/tang-truong-quy-hai.md", project.Read("content/en/articles/tang-truong-quy-hai.md") + "\nMore.\n");
        var stillBroken = SiteBuilder.Build(Options(project), cache);
        Assert.Equal(1, cache.ContentFilesRead);
        Assert.Equal(broken.Diagnostics.Where(d => d.IsError), stillBroken.Diagnostics.Where(d => d.IsError));

        project.Write(article, good);
        var fixedBuild = SiteBuilder.Build(Options(project), cache);
        Assert.True(fixedBuild.Succeeded, string.Join("\n", fixedBuild.Diagnostics));
    }

    [Fact]
    public void A_cache_told_of_every_change_reports_a_broken_file_again_on_every_load_that_takes_it_as_it_was()
    {
        using var project = ServeProject.Create();
        var cache = new BuildCache { ChangesReported = true };
        const string article = "content/vi/articles/tang-truong-quy-hai.md";
        var good = project.Read(article);
        project.Write(article, good.Replace("date: 2024-07-01", "date: 2024-13-01"));
        var broken = SiteBuilder.Build(Options(project), cache);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Location.Path == article);
        cache.Prepare(); // as serve does while it waits: the next load finds its files by the positions worked out here

        // Two saves of another file: the second load takes the very list of files the first one read.
        const string other = "content/en/articles/tang-truong-quy-hai.md";
        foreach (var more in new[] { "\nMore.\n", "\nMore again.\n" })
        {
            project.Write(other, project.Read(other) + more);
            cache.Invalidate([other]);
            var stillBroken = SiteBuilder.Build(Options(project), cache);
            Assert.Equal(1, cache.ContentFilesRead);
            Assert.Equal(SiteBuilder.Build(Options(project)).Diagnostics, stillBroken.Diagnostics);
        }

        project.Write(article, good);
        cache.Invalidate([article]);
        var fixedBuild = SiteBuilder.Build(Options(project), cache);
        Assert.True(fixedBuild.Succeeded, string.Join("\n", fixedBuild.Diagnostics));
        AssertSameSite(SiteBuilder.Build(Options(project)).Files!, fixedBuild.Files!);
    }

    [Fact]
    public void A_cache_told_of_every_change_reads_the_files_named_and_the_files_that_came_and_builds_the_same_site()
    {
        using var project = ServeProject.Create();
        var cache = new BuildCache { ChangesReported = true };
        Assert.True(SiteBuilder.Build(Options(project), cache).Succeeded);

        const string edited = "content/en/articles/tang-truong-quy-hai.md";
        project.Write(edited, project.Read(edited).Replace("Second-quarter growth", "Growth in the second quarter"));
        const string added = "content/vi/articles/bai-moi.md";
        project.Write(added, project.Read("content/vi/articles/ngoai-giao-kinh-te-2024.md")
            .Replace("translation_key: ngoai-giao-kinh-te-2024", "translation_key: bai-moi"));
        File.Delete(project.Full("content/vi/articles/ngoai-giao-kinh-te-2024.md"));
        cache.Invalidate([edited, added, "content/vi/articles/ngoai-giao-kinh-te-2024.md"]);
        var rebuilt = SiteBuilder.Build(Options(project), cache);

        Assert.Equal(2, cache.ContentFilesRead);
        var fresh = SiteBuilder.Build(Options(project));
        Assert.Equal(fresh.Diagnostics, rebuilt.Diagnostics);
        AssertSameSite(fresh.Files!, rebuilt.Files!);
        Assert.Contains(rebuilt.Files!, f => f.Path == "vi/articles/bai-moi/index.html");
        Assert.Contains("Growth in the second quarter", System.Text.Encoding.UTF8.GetString(rebuilt.Files!.Single(f => f.Path == "en/articles/tang-truong-quy-hai/index.html").Content));
    }

    [Fact]
    public void A_cache_told_of_every_change_sees_files_come_go_and_be_renamed_and_keeps_reporting_duplicate_keys()
    {
        using var project = ServeProject.Create();
        var cache = new BuildCache { ChangesReported = true };
        Assert.True(SiteBuilder.Build(Options(project), cache).Succeeded);
        const string article = "content/vi/articles/ngoai-giao-kinh-te-2024.md";
        const string other = "content/en/articles/tang-truong-quy-hai.md";
        var text = project.Read(article);

        // After each change, named as a watcher names it, the site and its diagnostics are a fresh build's.
        void Step(string what, Action change, params string[] named)
        {
            change();
            cache.Invalidate(named);
            var rebuilt = SiteBuilder.Build(Options(project), cache);
            var fresh = SiteBuilder.Build(Options(project));
            Assert.True(fresh.Diagnostics.SequenceEqual(rebuilt.Diagnostics), $"{what}: {string.Join("; ", rebuilt.Diagnostics)}");
            if (fresh.Files is null) Assert.Null(rebuilt.Files);
            else AssertSameSite(fresh.Files, rebuilt.Files!);
        }

        Step("a body edited", () => project.Write(article, text + "\nMột câu mới.\n"), article);
        Step("a file with a name that is not a slug", () => project.Write("content/vi/articles/Bai Moi.md", text), "content/vi/articles/Bai Moi.md");
        Step("another body edited while that name is wrong", () => project.Write(other, project.Read(other) + "\nMore.\n"), other);
        Step("it is deleted", () => File.Delete(project.Full("content/vi/articles/Bai Moi.md")), "content/vi/articles/Bai Moi.md");
        Step("a copy claiming the same key", () => project.Write("content/vi/articles/ban-sao.md", text), "content/vi/articles/ban-sao.md");
        Step("another body edited while the keys clash", () => project.Write(other, project.Read(other) + "\nMore again.\n"), other);
        Step("the copy renamed and given its own key", () =>
        {
            File.Delete(project.Full("content/vi/articles/ban-sao.md"));
            project.Write("content/vi/articles/ban-moi.md", text.Replace("translation_key: ngoai-giao-kinh-te-2024", "translation_key: ban-moi"));
        }, "content/vi/articles/ban-sao.md", "content/vi/articles/ban-moi.md");
        Step("a folder of articles removed", () => Directory.Delete(project.Full("content/en/articles"), recursive: true), "content/en/articles");
    }

    [Fact]
    public void A_change_the_clock_cannot_see_is_picked_up_once_the_watcher_names_the_file()
    {
        using var project = ServeProject.Create();
        var cache = new BuildCache();
        const string article = "content/en/articles/tang-truong-quy-hai.md";
        Assert.True(SiteBuilder.Build(Options(project), cache).Succeeded);

        // Same length, same modification time: invisible to the stamp check.
        var path = project.Full(article);
        var stamp = File.GetLastWriteTimeUtc(path);
        project.Write(article, project.Read(article).Replace("Second-quarter growth", "Second-quarter GROWTH"));
        File.SetLastWriteTimeUtc(path, stamp);
        Assert.DoesNotContain("GROWTH", Page(SiteBuilder.Build(Options(project), cache)));

        cache.Invalidate([article]);
        Assert.Contains("GROWTH", Page(SiteBuilder.Build(Options(project), cache)));

        static string Page(BuildResult result) => System.Text.Encoding.UTF8.GetString(
            result.Files!.Single(f => f.Path == "en/articles/tang-truong-quy-hai/index.html").Content);
    }

    [Fact]
    public void Unfingerprinted_search_files_keep_their_names_so_unchanged_pages_keep_their_bytes()
    {
        using var project = ServeProject.Create();
        var cache = new BuildCache();
        var before = SiteBuilder.Build(Options(project), cache);
        Assert.Contains(before.Files!, f => f.Path == "assets/search-vi.json");
        project.Write("content/vi/articles/tang-truong-quy-hai.md",
            project.Read("content/vi/articles/tang-truong-quy-hai.md").Replace("Xuất khẩu nông sản", "Xuất khẩu thủy sản"));
        var after = SiteBuilder.Build(Options(project), cache);

        var changed = after.Files!.Where(f => !before.Files!.Single(b => b.Path == f.Path).Content.AsSpan().SequenceEqual(f.Content)).Select(f => f.Path).ToList();
        Assert.Contains("vi/articles/tang-truong-quy-hai/index.html", changed);
        Assert.Contains("assets/search-vi.json", changed);
        Assert.DoesNotContain("en/articles/ngoai-giao-kinh-te-2024/index.html", changed);
        Assert.True(changed.Count < after.Files!.Count / 4, string.Join(", ", changed));
    }
}
