using StaticKb.Serve;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

public sealed class ContentWatcherTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_burst_of_saves_becomes_one_batch_of_project_relative_paths()
    {
        using var project = ServeProject.Create();
        // A long debounce, so that even a slow machine writes the whole burst within it.
        using var watcher = new ContentWatcher(project.Root, TimeSpan.FromMilliseconds(400));
        string[] files =
        [
            "content/vi/articles/tang-truong-quy-hai.md",
            "content/en/articles/tang-truong-quy-hai.md",
            "templates/partials/facts.html",
            "site.yml",
        ];
        foreach (var file in files) project.Write(file, project.Read(file) + "\n");
        project.Write("content/vi/articles/bai-moi.md", "---\n");

        using var wait = new CancellationTokenSource(Timeout);
        var batch = await watcher.NextBatchAsync(wait.Token);
        Assert.False(batch.Overflow);
        Assert.Equal(files.Append("content/vi/articles/bai-moi.md").Order(StringComparer.Ordinal), batch.Paths);
    }

    [Fact]
    public async Task Files_outside_content_templates_and_site_yml_are_not_watched()
    {
        using var project = ServeProject.Create();
        using var watcher = new ContentWatcher(project.Root, TimeSpan.FromMilliseconds(50));
        project.Write("_site.serve/vi/index.html", "<p>output</p>");
        project.Write("notes.txt", "not part of the site");
        project.Write("content/vi/articles/tang-truong-quy-hai.md", project.Read("content/vi/articles/tang-truong-quy-hai.md") + "\n");

        using var wait = new CancellationTokenSource(Timeout);
        var batch = await watcher.NextBatchAsync(wait.Token);
        Assert.Equal(["content/vi/articles/tang-truong-quy-hai.md"], batch.Paths);
    }

    [Fact]
    public async Task A_content_folder_created_after_the_start_is_watched()
    {
        using var project = ServeProject.Create();
        Directory.Delete(project.Full("content"), recursive: true);
        using var watcher = new ContentWatcher(project.Root, TimeSpan.FromMilliseconds(50));
        Directory.CreateDirectory(project.Full("content"));
        Assert.Contains("content", (await NextAsync(watcher)).Paths);

        // New folders and a file at once: the batch names at least the new folder, which is enough for a rebuild
        // (the loader lists content/ itself). Once they exist, edits inside them are reported by name.
        project.Write("content/vi/articles/moi.md", "---\ntitle: x\n---\n");
        Assert.Contains((await NextAsync(watcher)).Paths, p => p.StartsWith("content/vi", StringComparison.Ordinal));
        ChangeBatch batch;
        var attempt = 0;
        do
        {
            project.Write("content/vi/articles/moi.md", $"---\ntitle: x{++attempt}\n---\n");
            batch = await NextAsync(watcher);
        }
        while (!batch.Paths.Contains("content/vi/articles/moi.md") && attempt < 5);
        Assert.Contains("content/vi/articles/moi.md", batch.Paths);
    }

    private static async Task<ChangeBatch> NextAsync(ContentWatcher watcher)
    {
        using var wait = new CancellationTokenSource(Timeout);
        return await watcher.NextBatchAsync(wait.Token);
    }
}
