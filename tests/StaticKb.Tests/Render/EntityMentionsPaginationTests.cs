using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// An entity mentioned by more articles than <c>backlinks_per_page</c> lists them over numbered pages: the first
/// page says what the entity is, the pages after it only continue the mentions.
/// </summary>
public class EntityMentionsPaginationTests
{
    private static BuiltSite BuildWithOneMentionPerPage(FixtureSite site)
    {
        site.Write("site.yml", site.ReadText("site.yml").Replace("articles_per_page: 10", "articles_per_page: 10\nbacklinks_per_page: 1"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        return new BuiltSite(site.OutputDir);
    }

    private static List<string> Listed(BuiltSite built, string page) =>
        built.Page(page).QuerySelectorAll("ol.backlinks > li > a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public void Mentions_continue_on_numbered_pages_that_list_each_article_once()
    {
        using var site = FixtureSite.Copy("knowledge");
        var built = BuildWithOneMentionPerPage(site);

        // Directive 15 is mentioned by three articles: one on each page, in the order one long page lists them.
        var pages = new[] { "vi/documents/15-ct-tw/", "vi/documents/15-ct-tw/page/2/", "vi/documents/15-ct-tw/page/3/" };
        Assert.Equal(
            ["/repo/vi/articles/xuat-khau-thang-8/", "/repo/vi/articles/trien-khai-chi-thi-20/", "/repo/vi/articles/ket-qua-nam-2023/"],
            pages.SelectMany(p => Listed(built, p)).ToList());
        Assert.False(built.Exists("vi/documents/15-ct-tw/page/4/index.html"));
        Assert.False(built.Exists("vi/documents/15-ct-tw/page/1/index.html"), "page 1 is the entity's page itself");
        Assert.True(built.Exists("en/documents/15-ct-tw/page/3/index.html"), "the English edition has the same pages");

        var second = built.Page(pages[1]);
        Assert.Equal("/repo/vi/documents/15-ct-tw/", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/repo/vi/documents/15-ct-tw/page/3/", second.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2", second.QuerySelector("nav.pager [aria-current=page]")!.TextContent);
        Assert.Equal("2", second.QuerySelector("ol.backlinks")!.GetAttribute("start"));
        Assert.Contains("(3)", second.QuerySelector("h2#mentions")!.TextContent);
        Assert.Equal("/repo/en/documents/15-ct-tw/page/2/", second.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href")!.Replace("https://org.github.io", ""));
    }

    [Fact]
    public void Only_the_first_page_describes_the_entity_and_is_searchable()
    {
        using var site = FixtureSite.Copy("knowledge");
        var built = BuildWithOneMentionPerPage(site);

        var first = built.Page("vi/documents/15-ct-tw/");
        var second = built.Page("vi/documents/15-ct-tw/page/2/");
        Assert.NotNull(first.QuerySelector("meta[name='statickb:kind']"));
        Assert.NotNull(first.QuerySelector("[data-search-body]"));
        Assert.NotNull(first.QuerySelector("script[type='application/ld+json']"));
        Assert.Null(second.QuerySelector("meta[name='statickb:kind']"));
        Assert.Null(second.QuerySelector("[data-search-body]"));
        Assert.Null(second.QuerySelector("script[type='application/ld+json']"));
        Assert.Equal("/repo/vi/documents/15-ct-tw/", second.QuerySelector("main article > p a")!.GetAttribute("href"));
        Assert.Equal(first.QuerySelector("h1")!.TextContent, second.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void An_entity_with_few_mentions_keeps_one_page_without_a_pager()
    {
        using var site = FixtureSite.Copy("knowledge");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        var built = new BuiltSite(site.OutputDir);

        Assert.Equal(3, Listed(built, "vi/documents/15-ct-tw/").Count);
        Assert.Null(built.Page("vi/documents/15-ct-tw/").QuerySelector("nav.pager"));
        Assert.DoesNotContain(built.HtmlFiles(), f => f.Contains("/page/", StringComparison.Ordinal) && !f.Contains("/articles/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mentions_page_the_other_language_lacks_is_not_linked_from_it()
    {
        using var site = FixtureSite.Copy("knowledge");
        // Only the Vietnamese bulletin names directive 15: four mentions in Vietnamese, three in English.
        site.Write("content/vi/articles/ban-tin-dac-biet.md",
            site.ReadText("content/vi/articles/ban-tin-dac-biet.md").Replace("Bản tin ngắn.", "Bản tin ngắn về [[document/15-ct-tw|Chỉ thị 15]]."));
        site.Write("site.yml", site.ReadText("site.yml").Replace("articles_per_page: 10", "articles_per_page: 10\nbacklinks_per_page: 1"));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("broken link", StringComparison.Ordinal));
        var built = new BuiltSite(site.OutputDir);
        Assert.True(built.Exists("vi/documents/15-ct-tw/page/4/index.html"));
        Assert.False(built.Exists("en/documents/15-ct-tw/page/4/index.html"));
        var fourth = built.Page("vi/documents/15-ct-tw/page/4/");
        Assert.Null(fourth.QuerySelector("link[rel=alternate][hreflang=en]"));
        Assert.Equal("/repo/en/documents/15-ct-tw/", fourth.QuerySelector("a.lang-switch")!.GetAttribute("href"));
        // Pages both languages have still name each other.
        var third = built.Page("en/documents/15-ct-tw/page/3/");
        Assert.EndsWith("/repo/vi/documents/15-ct-tw/page/3/", third.QuerySelector("link[rel=alternate][hreflang=vi]")!.GetAttribute("href"));
        Assert.Equal("/repo/vi/documents/15-ct-tw/page/3/", third.QuerySelector("a.lang-switch")!.GetAttribute("href"));
        // The sitemap names the same alternates.
        var sitemap = built.Raw("sitemap.xml");
        Assert.Contains("/vi/documents/15-ct-tw/page/4/", sitemap);
        Assert.DoesNotContain("/en/documents/15-ct-tw/page/4/", sitemap);
    }
}
