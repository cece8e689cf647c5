using Microsoft.Playwright;
using StaticKb.Tests.Browser.Support;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

/// <summary>
/// The reload script in a real browser (headless Chromium), under the pages' own Content-Security-Policy: a build
/// error appears over the page with its place in the file, and the fix reloads the page where the reader was.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserReloadTests(BrowserFixture browser)
{
    private const string ViArticle = "content/vi/articles/ngoai-giao-kinh-te-2024.md";
    private const string ViPage = "vi/articles/ngoai-giao-kinh-te-2024/";
    private static readonly float Timeout = (float)RunningServe.Timeout.TotalMilliseconds;

    // Runs before the page's scripts: resolves when the reload script's event stream says hello, so the test knows
    // the page is listening before it edits anything.
    private const string HelloProbe = """
        window.__statickbHello = new Promise(resolve => {
          const Native = window.EventSource;
          window.EventSource = function (url) {
            const source = new Native(url);
            source.addEventListener('hello', () => resolve(true));
            source.addEventListener('reload', () => window.__statickbReloads = (window.__statickbReloads || 0) + 1);
            return source;
          };
        });
        """;

    [Fact]
    public async Task A_build_error_shows_over_the_page_and_the_fix_reloads_it_at_the_same_scroll_position()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        await using var tab = await browser.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 420, Height = 320 } });
        var page = tab.Page;
        await page.AddInitScriptAsync(HelloProbe);
        await tab.GoAsync(new Uri(serve.Server, ViPage).ToString());
        Assert.True(await page.EvaluateAsync<bool>("window.__statickbHello"));
        Assert.Equal("Đẩy mạnh ngoại giao kinh tế năm 2024", (await page.Locator("main h1").TextContentAsync())?.Trim());

        var original = project.Read(ViArticle);
        project.Write(ViArticle, original.Replace("date: 2024-04-02", "date: 2024-02-30"));
        var overlay = page.Locator("#statickb-error-overlay");
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var text = await overlay.InnerTextAsync();
        Assert.Contains($"{ViArticle}:3:7", text);
        Assert.Contains("2024-02-30", text);
        Assert.Contains("Build failed: 1 error(s)", text);
        // Under the overlay, the page is still the last good build.
        Assert.Equal("Đẩy mạnh ngoại giao kinh tế năm 2024", (await page.Locator("main h1").TextContentAsync())?.Trim());

        Assert.Equal(150, await page.EvaluateAsync<int>("scrollTo(0, 150), scrollY"));
        var reloaded = page.WaitForLoadAfterAsync();
        project.Write(ViArticle, original.Replace("Đẩy mạnh ngoại giao kinh tế năm 2024", "Ngoại giao kinh tế: bản đã sửa"));
        await reloaded;

        Assert.Equal("Ngoại giao kinh tế: bản đã sửa", (await page.Locator("main h1").TextContentAsync())?.Trim());
        Assert.True(await page.EvaluateAsync<bool>("window.__statickbHello"));
        Assert.Equal(150, await page.EvaluateAsync<int>("new Promise(r => setTimeout(() => r(scrollY)))"));
        Assert.Equal(0, await overlay.CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        tab.AssertClean();
    }

    [Fact]
    public async Task A_body_edit_reloads_the_edited_article_at_once_and_leaves_a_page_it_does_not_reach_alone()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        await using var articleTab = await browser.OpenAsync();
        await using var indexTab = await browser.OpenAsync();
        foreach (var (tab, path) in new[] { (articleTab, ViPage), (indexTab, "vi/documents/") })
        {
            await tab.Page.AddInitScriptAsync(HelloProbe);
            await tab.GoAsync(new Uri(serve.Server, path).ToString());
            Assert.True(await tab.Page.EvaluateAsync<bool>("window.__statickbHello"));
        }
        // Gone if the page reloads.
        await indexTab.Page.EvaluateAsync("window.__notReloaded = true");

        // A sentence the entity pages quote: the article reloads first, the entity pages after; the list of
        // documents shows names only, so neither reload is for it.
        var reloaded = articleTab.Page.WaitForLoadAfterAsync();
        project.Write(ViArticle, project.Read(ViArticle).Replace("tổ chức hội nghị đánh giá", "tổ chức hội nghị lớn đánh giá"));
        await reloaded;
        Assert.Contains("hội nghị lớn", await articleTab.Page.Locator("main").InnerTextAsync());

        var report = await serve.NextBuildAsync();
        Assert.Equal(2, report.ReloadsSent);
        // Both events reached the list (or it reloaded, and lost its mark).
        var deadline = DateTime.UtcNow + RunningServe.Timeout;
        while (await indexTab.Page.EvaluateAsync<bool>("window.__notReloaded === true && window.__statickbReloads !== 2") && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Equal(2, await indexTab.Page.EvaluateAsync<int>("window.__statickbReloads || 0"));
        Assert.True(await indexTab.Page.EvaluateAsync<bool>("window.__notReloaded === true"));
        articleTab.AssertClean();
        indexTab.AssertClean();
    }
}

internal static class PageReloads
{
    /// <summary>Completes when the page next fires its load event (call before the action that reloads it).</summary>
    public static async Task WaitForLoadAfterAsync(this IPage page)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage e) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await loaded.Task.WaitAsync(RunningServe.Timeout);
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }
}
