using StaticKb.Diagnostics;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

/// <summary>
/// A broken link is a warning in serve: the edited page reloads at once, and the link check that finds it follows
/// and is printed; fixing the link clears it.
/// </summary>
public sealed class LinksAfterReloadTests
{
    [Fact]
    public async Task A_broken_link_is_reported_after_the_reload_and_cleared_by_the_fix()
    {
        using var project = ServeProject.Create();
        var checks = System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyList<Diagnostic>>();
        await using var serve = await RunningServe.StartAsync(project);
        serve.Session.LinksChecked += found => checks.Writer.TryWrite(found);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        async Task<IReadOnlyList<Diagnostic>> NextCheck()
        {
            using var wait = new CancellationTokenSource(RunningServe.Timeout);
            return await checks.Reader.ReadAsync(wait.Token);
        }
        Assert.DoesNotContain(await NextCheck(), d => d.Message.Contains("broken link"));

        const string article = "content/en/articles/tang-truong-quy-hai.md";
        var good = project.Read(article);
        project.Write(article, good + "\nSee [the old page](/en/articles/no-such-article/).\n");
        var report = await serve.NextBuildAsync();
        Assert.Equal("reload", report.Event);
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("broken link"));
        var found = await NextCheck();
        // The article page and both parallel views carry the link.
        var warnings = found.Where(d => d.Message.Contains("broken link '/en/articles/no-such-article/'")).ToList();
        Assert.Contains(warnings, d => d.Message.Contains("on en/articles/tang-truong-quy-hai/index.html"));
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("no-such-article", serve.Log);

        project.Write(article, good);
        Assert.Equal("reload", (await serve.NextBuildAsync()).Event);
        Assert.DoesNotContain(await NextCheck(), d => d.Message.Contains("broken link"));
    }
}
