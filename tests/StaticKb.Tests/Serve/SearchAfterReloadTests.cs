using StaticKb.Build;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

/// <summary>
/// After a save, serve reloads the page first and brings the search files up to date right after. Shards are named
/// by their content, so the new files do not overwrite the old ones: the old ones must go, and the folder must
/// hold exactly the search files a fresh build makes.
/// </summary>
public sealed class SearchAfterReloadTests
{
    [Fact]
    public async Task The_search_files_follow_the_reload_and_no_stale_shard_is_left_behind()
    {
        using var project = ServeProject.Create();
        // A tiny threshold shards even this small site's index.
        project.Write("site.yml", project.Read("site.yml") + "\nsearch_shard_threshold_kb: 1\n");
        var updates = System.Threading.Channels.Channel.CreateUnbounded<bool>();
        await using var serve = await RunningServe.StartAsync(project);
        serve.Session.SearchUpdated += (_, ok) => updates.Writer.TryWrite(ok);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        var before = SearchFiles(serve.Session.OutputDirectory);
        Assert.True(before.Count > 4, string.Join(", ", before));

        const string article = "content/vi/articles/ngoai-giao-kinh-te-2024.md";
        project.Write(article, project.Read(article) + "\nMột từ mới: quxxyzzy.\n");
        var report = await serve.NextBuildAsync();
        Assert.Equal("reload", report.Event);
        using (var wait = new CancellationTokenSource(RunningServe.Timeout))
            Assert.True(await updates.Reader.ReadAsync(wait.Token), serve.Log);

        var after = SearchFiles(serve.Session.OutputDirectory);
        var fresh = SiteBuilder.Build(new BuildOptions(project.Root, serve.Session.SiteUri.ToString(), WriteOutput: false, FingerprintSearchFiles: false));
        Assert.Equal(fresh.Files!.Select(f => f.Path).Where(p => p.StartsWith("assets/search-")).Order(StringComparer.Ordinal), after);
        Assert.NotEqual(before, after);
        Assert.Contains(after, p => File.ReadAllText(Path.Combine(serve.Session.OutputDirectory, p)).Contains("quxxyzzy"));
    }

    // A sharded index's files are in folders (search-vi-{hash}/…), which must go with their files.
    private static List<string> SearchFiles(string dir)
    {
        var assets = Path.Combine(dir, "assets");
        var folders = Directory.EnumerateDirectories(assets, "search-*").ToList();
        Assert.All(folders, f => Assert.NotEmpty(Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)));
        return Directory.EnumerateFiles(assets, "search-*").Concat(folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)))
            .Select(f => "assets/" + Path.GetRelativePath(assets, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
    }
}
