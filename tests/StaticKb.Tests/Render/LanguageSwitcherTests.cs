using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// Each page exists in both languages: the switcher links to the same page in the other language, search engines
/// get hreflang alternates, and a page not yet translated is a knowledge card that sends readers to the original.
/// </summary>
public class LanguageSwitcherTests(BuiltBilingualSite fixture) : IClassFixture<BuiltBilingualSite>
{
    private BuiltSite Built => fixture.Built;

    [Theory]
    [InlineData("vi/articles/trien-khai-chi-thi-15/", "/repo/en/articles/trien-khai-chi-thi-15/", "en")]
    [InlineData("en/articles/trien-khai-chi-thi-15/", "/repo/vi/articles/trien-khai-chi-thi-15/", "vi")]
    [InlineData("vi/", "/repo/en/", "en")]
    [InlineData("en/documents/15-ct-tw/", "/repo/vi/documents/15-ct-tw/", "vi")]
    public void The_switcher_links_to_the_same_page_in_the_other_language(string page, string target, string lang)
    {
        var link = Built.Page(page).QuerySelector("a.lang-switch")!;

        Assert.Equal(target, link.GetAttribute("href"));
        Assert.Equal(lang, link.GetAttribute("hreflang"));
        Assert.Equal(lang, link.GetAttribute("lang"));
    }

    [Fact]
    public void Every_language_page_has_a_switcher_to_a_page_that_exists()
    {
        var resolver = new LinkResolver(Built, "https://org.github.io/repo/");
        var pages = Built.HtmlFiles().Where(f => f.StartsWith("vi/") || f.StartsWith("en/")).ToList();

        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var other = (page.StartsWith("vi/") ? "en/" : "vi/") + page[3..];
            var href = Built.Page(page).QuerySelector("a.lang-switch")?.GetAttribute("href");
            Assert.Equal("/repo/" + other[..^"index.html".Length], href);
            Assert.NotNull(resolver.FileFor(new PageLink(page, "a.lang-switch", href!)));
        }
    }

    [Theory]
    [InlineData("vi/articles/trien-khai-chi-thi-15/")]
    [InlineData("en/articles/trien-khai-chi-thi-15/")]
    [InlineData("en/articles/xuat-khau-thang-7/")]
    [InlineData("en/")]
    public void Hreflang_alternates_name_both_languages_and_the_default(string page)
    {
        var path = page[3..];

        var alternates = Built.Page(page).QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href")));

        Assert.Equal(
        [
            ("vi", $"https://org.github.io/repo/vi/{path}"),
            ("en", $"https://org.github.io/repo/en/{path}"),
            ("x-default", $"https://org.github.io/repo/vi/{path}"),
        ], alternates);
    }

    [Fact]
    public void Each_page_declares_its_language()
    {
        Assert.Equal("vi", Built.Page("vi/articles/trien-khai-chi-thi-15/").DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", Built.Page("en/articles/trien-khai-chi-thi-15/").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void A_translated_article_shows_its_own_language()
    {
        var page = Built.Page("en/articles/trien-khai-chi-thi-15/");

        Assert.Equal("Implementing Directive 15-CT/TW on economic diplomacy", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("is implementing", page.QuerySelector(".article-body")!.TextContent);
        Assert.Null(page.QuerySelector(".notice"));
    }

    [Fact]
    public void An_article_only_in_vietnamese_is_a_knowledge_card_in_english()
    {
        var page = Built.Page("en/articles/xuat-khau-thang-7/");

        Assert.Equal("Article not yet translated", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("This article has not been translated into English yet.", page.QuerySelector(".notice")!.TextContent);
        var original = page.QuerySelector(".original-title")!;
        Assert.Equal("Xuất khẩu tháng 7 tăng mạnh", original.TextContent);
        Assert.Equal("vi", original.GetAttribute("lang"));
        var readOriginal = page.QuerySelector("a.button")!;
        Assert.Equal("/repo/vi/articles/xuat-khau-thang-7/", readOriginal.GetAttribute("href"));
        Assert.Equal("vi", readOriginal.GetAttribute("hreflang"));
        Assert.Equal("July 2023", page.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public void A_knowledge_card_never_passes_vietnamese_text_off_as_english()
    {
        var page = Built.Page("en/articles/xuat-khau-thang-7/");
        var raw = Built.Raw("en/articles/xuat-khau-thang-7/index.html");

        Assert.Null(page.QuerySelector(".article-body"));
        Assert.DoesNotContain("Câu này chỉ có trong bản tiếng Việt", raw);
        Assert.DoesNotContain("Kim ngạch xuất khẩu tháng 7 tăng mạnh", raw); // the Vietnamese summary
        // Vietnamese words that do appear (the original title, entity names) are marked as Vietnamese.
        foreach (var element in page.QuerySelectorAll("main *").Where(e => e.ChildElementCount == 0 && e.TextContent.Contains("Xuất khẩu")))
            Assert.Equal("vi", element.Closest("[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public void An_entity_only_in_vietnamese_is_a_knowledge_card_in_english()
    {
        var page = Built.Page("en/conferences/hoi-nghi-ngoai-giao-kinh-te-2024/");

        Assert.StartsWith("This entry has not been translated into English yet", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal("Hội nghị Ngoại giao kinh tế 2024", page.QuerySelector("h1")!.TextContent);
        var organiser = page.QuerySelectorAll("dl.facts dd a").Single();
        Assert.Equal("Ministry of Foreign Affairs", organiser.TextContent);
        Assert.Equal("/repo/en/organisations/bo-ngoai-giao/", organiser.GetAttribute("href"));
    }

    [Fact]
    public void Annotations_in_a_built_page_link_to_the_entity_in_the_readers_language_with_a_gloss()
    {
        var links = Built.Page("vi/articles/trien-khai-chi-thi-15/").QuerySelectorAll(".article-body a.entity");

        var document = links.Single(a => a.ClassList.Contains("entity-document"));
        Assert.Equal("/repo/vi/documents/15-ct-tw/", document.GetAttribute("href"));
        Assert.Equal("Directive 15-CT/TW", document.GetAttribute("data-gloss"));
        Assert.Equal("Chỉ thị 15-CT/TW", document.TextContent);
        var organisation = links.Single(a => a.ClassList.Contains("entity-organisation"));
        Assert.Equal("/repo/vi/organisations/bo-ngoai-giao/", organisation.GetAttribute("href"));
        Assert.Equal("Ministry of Foreign Affairs", organisation.GetAttribute("data-gloss"));
    }

    [Fact]
    public void An_entity_page_lists_the_articles_that_mention_it()
    {
        var titles = Built.Page("en/organisations/bo-ngoai-giao/").QuerySelectorAll("ol.backlinks > li > a").Select(a => a.TextContent).ToList();

        Assert.Equal(["Implementing Directive 15-CT/TW on economic diplomacy", "Article not yet translated"], titles);
    }
}
