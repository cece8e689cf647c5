using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

/// <summary>
/// The reload script in a real browser (headless Chromium), under the pages' own Content-Security-Policy: a build
/// error appears over the page with its place in the file, and the fix reloads the page where the reader was.
/// </summary>
public sealed class BrowserReloadTests
{
    private const string ViArticle = "content/vi/articles/ngoai-giao-kinh-te-2024.md";
    private static readonly TimeSpan Timeout = RunningServe.Timeout;

    // Before any page script: note when the reload script's event stream says hello, so the test can wait for it.
    private const string HelloProbe = """
        window.__statickbHello = new Promise(resolve => {
          const Native = window.EventSource;
          window.EventSource = function (url) {
            const source = new Native(url);
            source.addEventListener('hello', () => resolve(true));
            return source;
          };
        });
        """;

    private const string OverlayShown = """
        new Promise(resolve => {
          const find = () => document.getElementById('statickb-error-overlay');
          if (find()) return resolve(find().innerText);
          new MutationObserver((_, observer) => { if (find()) { observer.disconnect(); resolve(find().innerText); } })
            .observe(document.documentElement, { childList: true, subtree: true });
        })
        """;

    [Fact]
    public async Task A_build_error_shows_over_the_page_and_the_fix_reloads_it_at_the_same_scroll_position()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        await using var browser = await HeadlessChromium.StartAsync(Timeout);
        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 420, height = 320, deviceScaleFactor = 1, mobile = false });
        await browser.SendAsync("Page.addScriptToEvaluateOnNewDocument", new { source = HelloProbe });

        await browser.SendAsync("Page.navigate", new { url = new Uri(serve.Server, "/vi/articles/ngoai-giao-kinh-te-2024/").ToString() });
        await browser.NextEventAsync("Page.loadEventFired", Timeout);
        Assert.True((await browser.EvaluateAsync("window.__statickbHello", Timeout)).GetBoolean());
        Assert.Equal("Đẩy mạnh ngoại giao kinh tế năm 2024", (await browser.EvaluateAsync("document.querySelector('h1').textContent.trim()", Timeout)).GetString());

        var original = project.Read(ViArticle);
        project.Write(ViArticle, original.Replace("date: 2024-04-02", "date: 2024-02-30"));
        var overlay = (await browser.EvaluateAsync(OverlayShown, Timeout)).GetString()!;
        Assert.Contains($"{ViArticle}:3:7", overlay);
        Assert.Contains("2024-02-30", overlay);
        Assert.Contains("Build failed: 1 error(s)", overlay);
        // The page under the overlay is still the last good one.
        Assert.Equal("Đẩy mạnh ngoại giao kinh tế năm 2024", (await browser.EvaluateAsync("document.querySelector('h1').textContent.trim()", Timeout)).GetString());

        Assert.Equal(150, (await browser.EvaluateAsync("scrollTo(0, 150), scrollY", Timeout)).GetInt32());
        browser.DropEvents();
        project.Write(ViArticle, original.Replace("Đẩy mạnh ngoại giao kinh tế năm 2024", "Ngoại giao kinh tế: bản đã sửa"));
        await browser.NextEventAsync("Page.loadEventFired", Timeout);

        Assert.Equal("Ngoại giao kinh tế: bản đã sửa", (await browser.EvaluateAsync("document.querySelector('h1').textContent.trim()", Timeout)).GetString());
        Assert.True((await browser.EvaluateAsync("window.__statickbHello", Timeout)).GetBoolean());
        Assert.Equal(150, (await browser.EvaluateAsync("new Promise(r => setTimeout(() => r(scrollY)))", Timeout)).GetInt32());
        Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('#statickb-error-overlay').length", Timeout)).GetInt32());
        Assert.Empty(browser.Problems);
    }
}
