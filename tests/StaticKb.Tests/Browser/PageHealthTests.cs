using Microsoft.Playwright;
using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Browser;

/// <summary>
/// What a reader never sees but must be right: no console errors (scripts, CSP refusals, missing assets), no
/// request to any host but the site's own (no CDN, web font or analytics), on every kind of page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageHealthTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("sample")]
    [InlineData("real")]
    public async Task Every_kind_of_page_loads_without_console_errors_or_requests_to_other_hosts(string siteName)
    {
        var site = siteName == "sample" ? TestSites.Sample : TestSites.Real;
        var paths = new List<string>();
        foreach (var lang in new[] { "vi", "en" })
        {
            paths.AddRange([$"{lang}/", $"{lang}/articles/", $"{lang}/timeline/", $"{lang}/timeline/documents/", $"{lang}/figures/", $"{lang}/topics/"]);
            foreach (var section in new[] { "articles", "documents", "conferences", "people", "organisations", "places", "topics", "timeline" })
                paths.AddRange(site.PagesIn(lang, section).Take(2));
        }
        await using var tab = await browser.OpenAsync();
        foreach (var path in paths.Distinct())
        {
            await tab.GoAsync(site.Url(path));
            // A search box loads lunr.js and the index when it gets focus: that must stay on this host too.
            if (path is "vi/" or "en/") await tab.Page.Locator("#q-header").FocusAsync();
        }
        foreach (var lang in new[] { "vi", "en" })
        {
            await tab.GoAsync(site.Url($"{lang}/search/?q=2024"));
            await tab.Page.Locator("#search-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"\d") }).WaitForAsync();
        }
        tab.AssertClean();
        Assert.True(paths.Count >= 12, $"only {paths.Count} pages visited");
    }

    /// <summary>The watch is no formality: a script error and a request to another host on a page are caught.</summary>
    [Fact]
    public async Task A_page_that_calls_another_host_or_throws_is_caught()
    {
        await using var tab = await browser.OpenAsync();
        await tab.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>bad</title>
            <link rel="stylesheet" href="https://cdn.invalid/site.css"></head>
            <body><img src="http://fonts.invalid/logo.png" alt="logo"><script>null.boom();</script></body></html>
            """);
        Assert.Contains(tab.ForeignRequests, r => r.StartsWith("https://cdn.invalid/", StringComparison.Ordinal));
        Assert.Contains(tab.ForeignRequests, r => r.StartsWith("http://fonts.invalid/", StringComparison.Ordinal));
        Assert.Contains(tab.ConsoleErrors, e => e.Contains("uncaught", StringComparison.Ordinal));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => tab.AssertClean());
    }

    /// <summary>The site's CSP meta (default-src 'self') is in force: an injected inline script is refused, and says so on the console.</summary>
    [Fact]
    public async Task The_content_security_policy_refuses_inline_scripts()
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        await tab.GoAsync(site.Url("vi/"));
        await tab.Page.EvaluateAsync("""
            () => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.appendChild(s); }
            """);
        Assert.False(await tab.Page.EvaluateAsync<bool>("() => window.inlineRan === true"));
        Assert.Contains(tab.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    /// <summary>
    /// No layout shift from late-loading assets (the CSS is in the head, scripts are deferred, pictures are inline
    /// SVG): cumulative layout shift within Lighthouse's "good" (0.1). The timeline scores about 0.02 today, from
    /// timeline.js revealing the year-range filter above the list.
    /// </summary>
    [Theory]
    [InlineData("vi/")]
    [InlineData("vi/articles/ngoai-giao-kinh-te-2024/")]
    [InlineData("en/timeline/")]
    [InlineData("vi/figures/")]
    [InlineData("en/documents/chi-thi-15/")]
    public async Task Pages_do_not_shift_while_they_load(string path)
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        await tab.GoAsync(site.Url(path));
        var shift = await LayoutShift(tab.Page);
        Assert.True(shift <= 0.1, $"{path}: cumulative layout shift {shift:F3}");
        tab.AssertClean();
    }

    /// <summary>The measurement bites: a banner pushed in above the text after the page has painted is a large shift.</summary>
    [Fact]
    public async Task A_banner_that_arrives_late_is_measured_as_a_layout_shift()
    {
        await using var tab = await browser.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        await tab.GoAsync(TestSites.Sample.Url("vi/"));
        await tab.Page.WaitForFunctionAsync("() => performance.getEntriesByName('first-contentful-paint').length > 0");
        Assert.True(await LayoutShift(tab.Page) <= 0.1);
        await tab.Page.EvaluateAsync("""
            () => { const b = document.createElement('div'); b.style.height = '300px'; document.body.insertBefore(b, document.body.firstChild); }
            """);
        await tab.Page.WaitForFunctionAsync("""
            () => new Promise(resolve => new PerformanceObserver((list, observer) => {
              let total = 0;
              for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
              observer.disconnect();
              resolve(total > 0.1);
            }).observe({ type: 'layout-shift', buffered: true }))
            """, null, new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    private static Task<double> LayoutShift(IPage page) => page.EvaluateAsync<double>("""
        () => new Promise(resolve => {
          let total = 0;
          new PerformanceObserver(list => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        })
        """);

    /// <summary>Phone width: nothing wider than the screen (no sideways scrolling), and a screenshot kept as a CI artifact.</summary>
    [Theory]
    [InlineData("sample", "vi/articles/ngoai-giao-kinh-te-2024/", "article-vi")]
    [InlineData("sample", "en/timeline/", "timeline-en")]
    [InlineData("sample", "vi/search/?q=ngoại giao", "search-vi")]
    [InlineData("sample", "en/no-such-page/", "404-en")]
    [InlineData("real", "vi/", "home-vi")]
    [InlineData("real", "en/documents/", "documents-en")]
    public async Task At_phone_width_pages_fit_the_screen(string siteName, string path, string shot)
    {
        var site = siteName == "sample" ? TestSites.Sample : TestSites.Real;
        foreach (var width in new[] { 360, 320 })
        {
            await using var tab = await browser.OpenAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 740 },
                DeviceScaleFactor = 1,
                IsMobile = true,
                HasTouch = true,
            });
            await tab.GoAsync(site.Url(path), status: path.Contains("no-such-page", StringComparison.Ordinal) ? 404 : 200);
            if (path.Contains("?q=", StringComparison.Ordinal)) await tab.Page.Locator("#search-results mark").First.WaitForAsync();
            var overflow = await tab.Page.EvaluateAsync<string[]>("""
                () => {
                  const limit = document.documentElement.clientWidth;
                  return [...document.querySelectorAll('body *')]
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > limit + 1 && !e.closest('table'); })
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right));
                }
                """);
            Assert.True(overflow.Length == 0, $"{path} at {width}px: wider than the screen: {string.Join(", ", overflow)}");
            Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                $"{path} scrolls sideways at {width}px");
            if (width == 360)
            {
                Directory.CreateDirectory(Repo.Screenshots);
                var file = Path.Combine(Repo.Screenshots, $"{siteName}-{shot}-360.png");
                await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty");
            }
        }
    }
}
