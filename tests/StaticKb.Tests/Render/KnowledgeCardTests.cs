using System.Xml.Linq;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// An article that exists only in Vietnamese: the English site shows an English knowledge card (date, source,
/// entities by their English names, key figures marked as Vietnamese) with a link to the Vietnamese text, and the
/// translation status report lists it as missing.
/// </summary>
[Collection(KnowledgeSiteCollection.Name)]
public class KnowledgeCardTests(BuiltKnowledgeSite fixture)
{
    private const string Card = "en/articles/xuat-khau-thang-8/";

    private BuiltSite Built => fixture.Built;

    [Fact]
    public void The_card_names_the_entities_in_english_with_links_to_their_english_pages()
    {
        var entities = Built.Page(Card).QuerySelectorAll(".entity-list li > a").Select(a => (a.TextContent, a.GetAttribute("href")));

        Assert.Equal(
        [
            ("Directive No. 15-CT/TW", "/repo/en/documents/15-ct-tw/"),
            ("Ministry of Foreign Affairs", "/repo/en/organisations/bo-ngoai-giao/"),
        ], entities);
    }

    [Fact]
    public void The_cards_figures_are_marked_as_vietnamese_with_numbers_written_the_english_way()
    {
        var rows = Built.Page(Card).QuerySelectorAll("table.figures tbody tr")
            .Select(tr => (tr.GetAttribute("lang"), tr.Children[0].TextContent, tr.Children[1].TextContent))
            .ToList();

        Assert.Equal(
        [
            ("vi", "Hoạt động xúc tiến thương mại", "nearly 50 hoạt động"),
            ("vi", "Mục tiêu tăng trưởng", "8.3–8.5%"),
        ], rows);
    }

    [Fact]
    public void The_card_links_to_the_vietnamese_text_and_gives_the_date_and_source()
    {
        var page = Built.Page(Card);

        var link = page.QuerySelector("a.button")!;
        Assert.Equal("/repo/vi/articles/xuat-khau-thang-8/", link.GetAttribute("href"));
        Assert.Equal("Read the full text in Vietnamese", link.TextContent);
        Assert.Equal("2023-08-15", page.QuerySelector("article p.meta time")!.GetAttribute("datetime"));
        Assert.Equal("15 August 2023", page.QuerySelector("article p.meta time")!.TextContent);
        Assert.Contains("Source: Báo Công Thương", page.QuerySelector("article p.meta")!.TextContent);
    }

    [Fact]
    public void The_vietnamese_text_is_on_the_english_site_only_where_it_is_marked_as_vietnamese()
    {
        foreach (var file in Built.HtmlFiles().Where(f => f.StartsWith("en/", StringComparison.Ordinal)))
        {
            // The body's second sentence has no annotation, so nothing may quote it.
            Assert.DoesNotContain("Câu này chỉ có trong bản tiếng Việt", Built.Raw(file));
            // The first is quoted on the English page of the entity it mentions, as Vietnamese.
            foreach (var element in Built.Page(file).QuerySelectorAll("main *").Where(e => e.ChildElementCount == 0 && e.TextContent.Contains("xuất khẩu tăng mạnh")))
                Assert.True(element.Closest("[lang]")!.GetAttribute("lang") == "vi", $"{file}: {element.OuterHtml}");
        }
    }

    [Fact]
    public void The_english_article_list_links_to_the_card_and_the_english_feed_leaves_it_out()
    {
        var listed = Built.Page("en/articles/").QuerySelectorAll(".article-item a").Select(a => a.GetAttribute("href"));
        var feed = XDocument.Parse(Built.Raw("en/feed.xml"));

        Assert.Contains("/repo/en/articles/xuat-khau-thang-8/", listed);
        Assert.DoesNotContain(feed.Descendants().Where(e => e.Name.LocalName == "id"), id => id.Value.Contains("xuat-khau-thang-8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("vi", "Chưa dịch")]
    [InlineData("en", "Missing")]
    public void The_status_page_lists_the_article_as_missing(string lang, string label)
    {
        var row = Built.Page($"{lang}/status/").QuerySelectorAll("table.status tbody tr")
            .Single(tr => tr.QuerySelector("a")!.TextContent == "articles/xuat-khau-thang-8");

        Assert.Equal("status-missing", row.ClassName);
        Assert.Equal(label, row.Children[1].TextContent);
        Assert.Equal($"/repo/{lang}/articles/xuat-khau-thang-8/", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["content/vi/articles/xuat-khau-thang-8.md"], row.QuerySelectorAll("code").Select(c => c.TextContent));
    }

    [Fact]
    public void The_build_summary_lists_the_article_as_missing()
    {
        var missing = fixture.Result.TranslationStatuses.Where(s => s.State == StaticKb.Link.TranslationState.Missing).Select(s => s.SourcePath);

        Assert.Contains("content/vi/articles/xuat-khau-thang-8.md", missing);
    }
}
