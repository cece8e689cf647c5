using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Browser;

/// <summary>A reader finds their way by links alone: home → article list → article → entity page, and back by backlinks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task Home_leads_through_the_article_list_to_an_article_and_on_to_an_entity(string lang)
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url($"{lang}/"));
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));

        await tab.FollowAsync(page.Locator($"nav.site-nav a[href='{TestSite.BasePath}{lang}/articles/']"));
        var items = page.Locator(".article-list .article-item a");
        Assert.Equal(2, await items.CountAsync()); // articles_per_page: 2 of the fixture's 3 articles
        Assert.Equal(1, await page.Locator("nav.pager a[rel=next]").CountAsync());

        var article = items.First;
        var title = (await article.TextContentAsync())!.Trim();
        await tab.FollowAsync(article);
        Assert.Equal(title, (await page.Locator("article.article h1").TextContentAsync())!.Trim());
        var articleUrl = page.Url;

        var entity = page.Locator("article.article .entity-list a").First;
        var name = (await entity.TextContentAsync())!.Trim();
        await tab.FollowAsync(entity);
        Assert.Equal(name, (await page.Locator("article.entity h1").TextContentAsync())!.Trim());

        // The entity page links back to the article that mentions it.
        var backlink = page.Locator($".backlinks a[href='{new Uri(articleUrl).AbsolutePath}']");
        Assert.Equal(1, await backlink.CountAsync());
        await tab.FollowAsync(backlink);
        Assert.Equal(articleUrl, page.Url);
        tab.AssertClean();
    }

    [Fact]
    public async Task An_annotation_in_an_article_body_opens_the_entity_in_the_readers_language()
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        await tab.GoAsync(site.Url("en/articles/ngoai-giao-kinh-te-2024/"));
        var annotation = tab.Page.Locator(".article-body a.entity-document");
        Assert.Equal("Directive No. 15-CT/TW", (await annotation.TextContentAsync())!.Trim());
        await tab.FollowAsync(annotation);
        Assert.Equal(site.Url("en/documents/chi-thi-15/"), tab.Page.Url);
        Assert.Equal("15-CT/TW", (await tab.Page.Locator("dl.facts dd").Nth(1).TextContentAsync())!.Trim());
        tab.AssertClean();
    }

    [Fact]
    public async Task The_pager_walks_the_whole_article_list()
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        await tab.GoAsync(site.Url("vi/articles/"));
        var seen = await tab.Page.Locator(".article-list .article-item a").AllTextContentsAsync();
        await tab.FollowAsync(tab.Page.Locator("nav.pager a[rel=next]"));
        Assert.Equal(site.Url("vi/articles/page/2/"), tab.Page.Url);
        seen = [.. seen, .. await tab.Page.Locator(".article-list .article-item a").AllTextContentsAsync()];
        Assert.Equal(3, seen.Distinct().Count());
        await tab.FollowAsync(tab.Page.Locator("nav.pager a[rel=prev]"));
        Assert.Equal(site.Url("vi/articles/"), tab.Page.Url);
        tab.AssertClean();
    }

    /// <summary>The site's root has no language: it sends English-preferring browsers to /en/, everyone else to /vi/.</summary>
    [Theory]
    [InlineData("vi-VN", "vi/")]
    [InlineData("en-US", "en/")]
    [InlineData("fr-FR", "vi/")]
    public async Task The_root_page_forwards_to_the_readers_language(string locale, string expected)
    {
        var site = TestSites.Real;
        await using var tab = await browser.OpenAsync(new Microsoft.Playwright.BrowserNewContextOptions { Locale = locale });
        await tab.Page.GotoAsync(site.Url(""));
        await tab.Page.WaitForURLAsync(site.Url(expected), new Microsoft.Playwright.PageWaitForURLOptions { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
        await tab.LoadedAsync();
        Assert.Equal(expected[..2], await tab.Page.Locator("html").GetAttributeAsync("lang"));
        tab.AssertClean();
    }

    /// <summary>The real content, whatever it holds: home → a kind's index → its first entity, and articles when there are any.</summary>
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task The_real_site_leads_from_home_to_entity_pages_and_articles(string lang)
    {
        var site = TestSites.Real;
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url($"{lang}/"));

        var kinds = page.Locator("ul.kind-list a");
        Assert.Equal(5, await kinds.CountAsync());
        var followed = 0;
        for (var i = 0; i < 5; i++)
        {
            await tab.GoAsync(site.Url($"{lang}/"));
            await tab.FollowAsync(page.Locator("ul.kind-list a").Nth(i));
            var entries = page.Locator("ul.entity-index a");
            if (await entries.CountAsync() == 0) continue;
            var name = (await entries.First.TextContentAsync())!.Trim();
            await tab.FollowAsync(entries.First);
            Assert.Equal(name, (await page.Locator("article.entity h1").TextContentAsync())!.Trim());
            followed++;
        }
        var kindsWithEntities = new[] { "documents", "conferences", "people", "organisations", "places" }
            .Count(kind => site.PagesIn(lang, kind).Count > 0);
        Assert.Equal(kindsWithEntities, followed);

        await tab.GoAsync(site.Url($"{lang}/"));
        await tab.FollowAsync(page.Locator($"nav.site-nav a[href='{TestSite.BasePath}{lang}/articles/']"));
        var articles = page.Locator(".article-list .article-item a");
        Assert.Equal(site.PagesIn(lang, "articles").Count, await articles.CountAsync() + OnLaterPages(site, lang));
        if (await articles.CountAsync() > 0)
        {
            var title = (await articles.First.TextContentAsync())!.Trim();
            await tab.FollowAsync(articles.First);
            Assert.Equal(title, (await page.Locator("article.article h1").TextContentAsync())!.Trim());
        }
        tab.AssertClean();
    }

    private static int OnLaterPages(TestSite site, string lang) =>
        site.HtmlPages.Where(p => p.StartsWith($"{lang}/articles/page/", StringComparison.Ordinal))
            .Sum(p => site.Read(p).Split("class=\"article-item\"").Length - 1);
}
