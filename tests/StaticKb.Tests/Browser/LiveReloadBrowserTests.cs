using Microsoft.Playwright;
using StaticKb.Tests.Browser.Support;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Browser;

/// <summary>
/// What an editor sees in the browser while <c>statickb serve</c> runs: saving a file reloads the open page,
/// a mistake shows an overlay naming the file, line and column over the last good page, and fixing it clears it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadBrowserTests(BrowserFixture browser)
{
    private const string ViArticle = "content/vi/articles/ngoai-giao-kinh-te-2024.md";
    private const string ViPage = "vi/articles/ngoai-giao-kinh-te-2024/";
    private static readonly float Wait = (float)RunningServe.Timeout.TotalMilliseconds;

    [Fact]
    public async Task Saving_reloads_the_page_an_error_shows_an_overlay_and_a_fix_clears_it()
    {
        using var project = ServeProject.Create();
        await using var serve = await RunningServe.StartAsync(project);
        Assert.True((await serve.NextBuildAsync()).Succeeded, serve.Log);
        var page = await browser.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(new Uri(serve.Server, ViPage).ToString());
            // Wait until the page listens for changes, then mark this document: a reload replaces it.
            await page.WaitForFunctionAsync("() => document.querySelector('script[src*=\"__statickb/livereload.js\"]') !== null", null, new() { Timeout = Wait });
            await page.WaitForTimeoutAsync(500);
            await page.EvaluateAsync("() => { window.__beforeReload = true; }");
            var original = project.Read(ViArticle);

            project.Write(ViArticle, original.Replace("Đẩy mạnh ngoại giao kinh tế năm 2024", "Ngoại giao kinh tế năm 2024: kết quả mới"));
            await page.WaitForFunctionAsync("() => document.querySelector('h1') && document.querySelector('h1').textContent.includes('kết quả mới')",
                null, new() { Timeout = Wait });
            Assert.Null(await page.EvaluateAsync<bool?>("() => window.__beforeReload ?? null"));

            // An annotation naming an entity that does not exist: the overlay names the file, line and column.
            var broken = original
                .Replace("Đẩy mạnh ngoại giao kinh tế năm 2024", "Ngoại giao kinh tế năm 2024: kết quả mới")
                .Replace("Các cơ quan đại diện tích cực", "Các cơ quan đại diện [[document/khong-co|Chỉ thị 99]] tích cực");
            Assert.NotEqual(original.Replace("Đẩy mạnh ngoại giao kinh tế năm 2024", "Ngoại giao kinh tế năm 2024: kết quả mới"), broken);
            project.Write(ViArticle, broken);
            var overlay = page.Locator("#statickb-error-overlay");
            await overlay.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = Wait });
            var text = await overlay.TextContentAsync();
            Assert.Contains(ViArticle + ":", text);
            Assert.Contains("document/khong-co", text);
            // The last good page stays underneath.
            Assert.Contains("kết quả mới", await page.Locator("main h1").TextContentAsync());

            project.Write(ViArticle, original.Replace("Đẩy mạnh ngoại giao kinh tế năm 2024", "Đã sửa lỗi"));
            await page.WaitForFunctionAsync("() => document.querySelector('h1') && document.querySelector('h1').textContent.includes('Đã sửa lỗi')",
                null, new() { Timeout = Wait });
            Assert.Equal(0, await overlay.CountAsync());
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
