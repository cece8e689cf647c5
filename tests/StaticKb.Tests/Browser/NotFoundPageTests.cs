using Microsoft.Playwright;
using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Browser;

/// <summary>
/// GitHub Pages serves one 404.html for the whole site. It must lead with the language of the path asked for,
/// offer search and both home pages, and still read well without JavaScript.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundPageTests(BrowserFixture browser)
{
    // Chromium reports the 404 status of the page itself on the console; that one is expected here.
    private const string NotFoundStatus = "status of 404";

    [Theory]
    [InlineData("en/no-such-page/", "en", "Page not found")]
    [InlineData("vi/khong-co-trang-nay/", "vi", "Không tìm thấy trang")]
    [InlineData("en/articles/missing/deeper/", "en", "Page not found")]
    public async Task A_missing_page_leads_with_the_language_of_its_path(string path, string lang, string heading)
    {
        var site = TestSites.Real;
        await using var tab = await browser.OpenAsync();
        await tab.GoAsync(site.Url(path), status: 404);

        Assert.Equal(lang, await tab.Page.Locator("html").GetAttributeAsync("lang"));
        var first = tab.Page.Locator("section.not-found-lang").First;
        Assert.Equal(lang, await first.GetAttributeAsync("lang"));
        Assert.Equal(heading, (await first.Locator("h1").TextContentAsync())?.Trim());
        Assert.Equal(site.Url($"{lang}/").Replace(site.BaseUrl, TestSite.BasePath), await first.Locator("a").First.GetAttributeAsync("href"));
        Assert.Equal($"{TestSite.BasePath}{lang}/search/", await first.Locator("form[role=search]").GetAttributeAsync("action"));
        // The stylesheet loads from any depth: its URL carries the base path.
        Assert.Contains("system-ui", await tab.Page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily"));
        tab.AssertClean(NotFoundStatus);
    }

    [Fact]
    public async Task Without_JavaScript_the_404_page_offers_both_languages_home_and_search()
    {
        var site = TestSites.Real;
        await using var tab = await browser.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await tab.GoAsync(site.Url("en/no-such-page/"), status: 404);

        var sections = tab.Page.Locator("section.not-found-lang");
        Assert.Equal(2, await sections.CountAsync());
        foreach (var lang in new[] { "vi", "en" })
        {
            var section = tab.Page.Locator($"section.not-found-lang[lang={lang}]");
            Assert.Equal($"{TestSite.BasePath}{lang}/", await section.Locator("a").First.GetAttributeAsync("href"));
            Assert.Equal($"{TestSite.BasePath}{lang}/search/", await section.Locator("form[role=search]").GetAttributeAsync("action"));
            Assert.True(await section.Locator("input[type=search]").IsVisibleAsync());
        }
        tab.AssertClean(NotFoundStatus);
    }

    [Fact]
    public async Task Searching_from_the_404_page_opens_the_search_page_of_that_language()
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        await tab.GoAsync(site.Url("en/no-such-page/"), status: 404);
        var section = tab.Page.Locator("section.not-found-lang[lang=en]");
        await section.Locator("input[type=search]").FillAsync("growth");
        await tab.NavigateAsync(() => section.Locator("input[type=search]").PressAsync("Enter"), site.Url("en/search/?q=growth"));
        await tab.Page.Locator("#search-results li").First.WaitForAsync();
        tab.AssertClean(NotFoundStatus);
    }
}
