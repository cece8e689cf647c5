using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Browser;

/// <summary>The language switch swaps only the first segment of the path: a page and its translation share the rest.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_translated_article_switches_to_its_English_page_and_back()
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url("vi/articles/ngoai-giao-kinh-te-2024/"));
        Assert.Equal("Hội nghị ngoại giao kinh tế năm 2024 đề ra năm trọng tâm", (await page.Locator("h1").TextContentAsync())!.Trim());

        await tab.FollowAsync(page.Locator("a.lang-switch"));
        Assert.Equal(site.Url("en/articles/ngoai-giao-kinh-te-2024/"), page.Url);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("2024 economic diplomacy conference sets five priorities", (await page.Locator("h1").TextContentAsync())!.Trim());
        // The switch is labelled in the language it leads to.
        Assert.Equal("vi", await page.Locator("a.lang-switch").GetAttributeAsync("lang"));

        await tab.FollowAsync(page.Locator("a.lang-switch"));
        Assert.Equal(site.Url("vi/articles/ngoai-giao-kinh-te-2024/"), page.Url);
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        tab.AssertClean();
    }

    [Fact]
    public async Task An_untranslated_article_is_a_knowledge_card_in_English_that_links_to_the_Vietnamese_text()
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url("en/articles/cua-khau-thong-minh/"));
        Assert.Equal(1, await page.Locator("article.article .notice").CountAsync());
        Assert.Equal("vi", await page.Locator(".original-title").GetAttributeAsync("lang"));
        await tab.FollowAsync(page.Locator("a.button[hreflang=vi]"));
        Assert.Equal(site.Url("vi/articles/cua-khau-thong-minh/"), page.Url);
        Assert.Equal("Lạng Sơn thí điểm cửa khẩu thông minh", (await page.Locator("h1").TextContentAsync())!.Trim());
        tab.AssertClean();
    }

    /// <summary>On the real site: the first entity page of each language, the timeline and the search page keep their path.</summary>
    [Fact]
    public async Task Every_kind_of_page_of_the_real_site_switches_language_keeping_its_path()
    {
        var site = TestSites.Real;
        var paths = new List<string> { "vi/", "vi/timeline/", "vi/search/", "vi/articles/" };
        paths.AddRange(new[] { "documents", "conferences", "people", "organisations", "places", "articles" }
            .SelectMany(kind => site.PagesIn("vi", kind).Take(1)));
        await using var tab = await browser.OpenAsync();
        foreach (var path in paths)
        {
            await tab.GoAsync(site.Url(path));
            await tab.FollowAsync(tab.Page.Locator("a.lang-switch"));
            Assert.Equal(site.Url("en/" + path[3..]), tab.Page.Url);
            Assert.Equal("en", await tab.Page.Locator("html").GetAttributeAsync("lang"));
            await tab.FollowAsync(tab.Page.Locator("a.lang-switch"));
            Assert.Equal(site.Url(path), tab.Page.Url);
        }
        tab.AssertClean();
    }
}
