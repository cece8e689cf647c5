using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Browser;

/// <summary>
/// axe-core (through Deque.AxeCore.Playwright) finds no serious or critical violation on each kind of page, in
/// both languages, in light and dark colour schemes: contrast AA, names and labels, lang, landmarks, tap targets.
/// </summary>
[Collection(AxeCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>
    /// The pages to check, per site, language and colour scheme: the fixture site has every kind (an article and
    /// its knowledge card included); the real site is checked on whatever it holds. Dark mode is checked on the
    /// pages with the most colours (links, highlights, notices, the timeline picture).
    /// </summary>
    public static TheoryData<string, string, string> Runs() => new()
    {
        { "sample", "vi", "light" }, { "sample", "en", "light" }, { "sample", "vi", "dark" }, { "sample", "en", "dark" },
        { "real", "vi", "light" }, { "real", "en", "light" },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Every_kind_of_page_has_no_serious_or_critical_violations(string siteName, string lang, string scheme)
    {
        var site = siteName == "sample" ? TestSites.Sample : TestSites.Real;
        var paths = Pages(site, siteName, lang, scheme == "dark");
        // Two tabs, each checking every other page.
        var options = new BrowserNewContextOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light };
        var halves = await Task.WhenAll(Enumerable.Range(0, 2).Select(async half =>
        {
            var found = new List<string>();
            await using var tab = await browser.OpenAsync(options);
            foreach (var path in paths.Where((_, i) => i % 2 == half))
            {
                await tab.GoAsync(site.Url(path), status: path.Contains("no-such-page", StringComparison.Ordinal) ? 404 : 200);
                if (path.Contains("search/?q=", StringComparison.Ordinal)) await tab.Page.Locator("#search-results mark").First.WaitForAsync();
                found.AddRange(Violations(await RunAxeInPage(tab.Page)).Select(v => $"{path}: {v.Impact} {v.Id}: {v.Help}\n" +
                    string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"))));
            }
            return found;
        }));
        var report = halves.SelectMany(r => r).ToList();
        Assert.True(report.Count == 0, $"{siteName} site, {lang}, {scheme}:\n" + string.Join("\n", report));
    }

    private static List<string> Pages(TestSite site, string siteName, string lang, bool dark)
    {
        var query = lang == "vi" ? "ngoại giao" : "economic";
        if (siteName == "real")
        {
            var real = new List<string> { $"{lang}/", $"{lang}/timeline/", $"{lang}/search/?q={query}" };
            real.AddRange(new[] { "articles", "documents", "conferences", "people" }.SelectMany(kind => site.PagesIn(lang, kind).Take(1)));
            return real;
        }
        var article = $"{lang}/articles/ngoai-giao-kinh-te-2024/";
        if (dark) return [$"{lang}/", article, $"{lang}/search/?q={query}", $"{lang}/timeline/"];
        return
        [
            $"{lang}/", $"{lang}/articles/", article, $"{lang}/documents/chi-thi-15/", $"{lang}/timeline/", $"{lang}/search/?q={query}",
            lang == "en" ? "en/articles/cua-khau-thong-minh/" : "vi/figures/", $"{lang}/no-such-page/",
        ];
    }

    /// <summary>The axe run is no formality: on a page with known faults it reports them.</summary>
    [Fact]
    public async Task Axe_reports_the_faults_of_a_deliberately_inaccessible_page()
    {
        await using var tab = await browser.OpenAsync();
        await tab.Page.SetContentAsync(File.ReadAllText(Repo.Path("tests", "StaticKb.Tests", "Browser", "Fixtures", "inaccessible.html")));
        var ids = Violations(await tab.Page.RunAxe()).Select(v => v.Id).ToList();
        Assert.Contains("image-alt", ids);
        Assert.Contains("color-contrast", ids);
        Assert.Contains("html-has-lang", ids);
        Assert.Contains("label", ids);
    }

    /// <summary>The engine in the browser tests is the axe-core that package.json pins, so other tools that use it agree.</summary>
    [Fact]
    public async Task The_browser_tests_run_the_axe_core_version_pinned_in_package_json()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Repo.Path("package.json")));
        var pinned = package.RootElement.GetProperty("devDependencies").GetProperty("axe-core").GetString();
        await using var tab = await browser.OpenAsync();
        await tab.Page.SetContentAsync("<!DOCTYPE html><html lang=en><title>t</title><main><p>axe</p></main></html>");
        var result = await tab.Page.RunAxe();
        Assert.Equal(pinned, result.TestEngine.Version);
    }

    /// <summary>
    /// axe.run in the page itself (Deque's "legacy" mode). The default mode finishes each run in a new page, to
    /// gather results across cross-origin iframes; the site has no iframes, so both check the same, and this
    /// takes a quarter of the time (under a second a page instead of three).
    /// </summary>
    private static Task<AxeResult> RunAxeInPage(IPage page)
    {
#pragma warning disable CS0618 // legacy mode is deprecated upstream; the package is pinned (4.14.0)
        return page.RunAxeLegacy();
#pragma warning restore CS0618
    }

    private static List<AxeResultItem> Violations(AxeResult result) =>
        result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
}
