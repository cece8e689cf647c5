using AngleSharp.Dom;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// Text from content and config reaches the page as text: a title, summary or source full of markup, quotes and
/// template syntax shows up exactly as typed and never as markup (templates escape every value they print).
/// </summary>
public class EscapingTests : IDisposable
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'quoted' \"double\" </script> {{ page.title }}";

    private readonly FixtureSite _site = FixtureSite.Copy("bilingual");

    public EscapingTests()
    {
        // YAML single quotes: '' is one quote; everything else is literal.
        var yaml = "'" + Hostile.Replace("'", "''") + "'";
        _site.Write("content/vi/articles/nguy-hiem.md", $"""
            ---
            title: {yaml}
            date: 2024-05-01
            source: {yaml}
            translation_key: nguy-hiem
            summary: {yaml}
            entities: [document/15-ct-tw]
            figures:
              - value: "1"
                measure: {yaml}
            ---
            Nội dung có <script>alert("body")</script> và {"{{ page.title }}"}.

            Xem [[document/15-ct-tw]].
            """);
        _site.Write("content/en/documents/15-ct-tw.md", $"---\nname: {yaml}\ntranslation_key: 15-ct-tw\ndoc_type: Directive\n---\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        Built = new BuiltSite(_site.OutputDir);
    }

    private BuiltSite Built { get; }

    public void Dispose() => _site.Dispose();

    private IDocument ArticlePage => Built.Page("vi/articles/nguy-hiem/");

    [Fact]
    public void The_title_is_text_in_the_heading_and_the_document_title()
    {
        Assert.Equal(Hostile, ArticlePage.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(Hostile + " · ", ArticlePage.Title);
    }

    [Fact]
    public void The_summary_is_text_in_the_meta_description_and_in_article_lists()
    {
        Assert.Equal(Hostile, ArticlePage.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var item = Built.Page("vi/articles/").QuerySelectorAll(".article-item").Single(li => li.QuerySelector("a")!.GetAttribute("href")!.EndsWith("/nguy-hiem/"));
        Assert.Equal(Hostile, item.QuerySelector("h2, h3")!.TextContent);
        Assert.Equal(Hostile, item.QuerySelector("p:not(.meta)")!.TextContent);
    }

    [Fact]
    public void The_source_is_text_in_the_article_meta_line()
    {
        Assert.Contains(Hostile, ArticlePage.QuerySelector("article p.meta")!.TextContent);
    }

    [Fact]
    public void A_figure_is_text_in_the_table()
    {
        Assert.Equal(Hostile, ArticlePage.QuerySelector("table.figures tbody td")!.TextContent);
    }

    [Fact]
    public void An_entity_name_is_text_in_links_and_attributes()
    {
        var entity = ArticlePage.QuerySelector(".entity-list .gloss")!;
        Assert.Equal($"({Hostile})", entity.TextContent);
        var annotation = ArticlePage.QuerySelector(".article-body a.entity")!;
        Assert.Equal(Hostile, annotation.GetAttribute("data-gloss"));
        Assert.Equal(Hostile, annotation.GetAttribute("title"));
        Assert.Equal(Hostile, Built.Page("en/documents/15-ct-tw/").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Raw_html_and_template_syntax_in_the_body_are_text()
    {
        var body = ArticlePage.QuerySelector(".article-body")!;

        Assert.StartsWith("Nội dung có <script>alert(\"body\")</script> và {{ page.title }}.", body.TextContent.Trim());
        Assert.Empty(body.QuerySelectorAll("script"));
    }

    [Fact]
    public void No_page_of_the_site_contains_a_script_that_content_smuggled_in()
    {
        foreach (var page in Built.HtmlFiles())
        {
            var raw = Built.Raw(page);
            Assert.DoesNotContain("<script>alert", raw);
            Assert.DoesNotContain("</script> &", raw);
            var scripts = Built.Page(page).QuerySelectorAll("script");
            // Scripts load from files; the only inline one allowed is JSON-LD data, which must not contain markup.
            Assert.All(scripts, s => Assert.True(
                (s.HasAttribute("src") && s.TextContent.Length == 0) || (s.GetAttribute("type") == "application/ld+json" && !s.TextContent.Contains('<')),
                $"{page}: inline script {s.OuterHtml}"));
        }
    }
}
