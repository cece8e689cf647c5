using AngleSharp.Html.Parser;
using StaticKb.Diagnostics;
using StaticKb.Model;
using StaticKb.Render.Formatting;
using StaticKb.Render.Markdown;
using StaticKb.Render.Markdown.Annotations;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// Regressions (fixed) in the Render stage.
/// </summary>
public class Regressions_RenderTests
{
    private static readonly ContentSource Source = new("content/vi/articles/a.md", "vi", "articles", "a", 6);

    private static readonly AnnotationTarget Document =
        new("/vi/documents/15-ct-tw/", "Chỉ thị 15-CT/TW", "Directive 15-CT/TW", "en", "document", "15-CT/TW");

    /// <summary>
    /// MarkdownRenderer.Render (generator/Render/Markdown/MarkdownRenderer.cs, line 44) checks only <c>LinkInline</c>;
    /// a CommonMark autolink <c>&lt;javascript:alert(1)&gt;</c> is an <c>AutolinkInline</c>, passes unchecked, and
    /// is published as <c>&lt;a href="javascript:alert(1)"&gt;</c> (stored XSS). Fix: also check
    /// <c>AutolinkInline { IsEmail: false, Url: var url }</c> with IsSafeUrl, report it and neutralise it.
    /// </summary>
    [Fact]
    public void An_autolink_to_javascript_is_reported_and_never_published()
    {
        var bag = new DiagnosticBag();

        var html = new MarkdownRenderer(false, _ => null).Render(Source, "Xem <javascript:alert(1)> nhé.\n", bag).Html;

        Assert.Equal(["content/vi/articles/a.md:6:5: error: link target 'javascript:alert(1)' is not allowed"], bag.Sorted().Lines());
        Assert.DoesNotContain("href=\"javascript:", html);
    }

    /// <summary>
    /// With <c>allow_raw_html: true</c>, MarkdownRenderer (line 21 and 52) runs the whole body through a default
    /// <c>HtmlSanitizer</c>, which strips <c>class</c>, <c>id</c> and <c>data-*</c>: annotations lose
    /// <c>class="entity …"</c>, <c>data-gloss</c> and <c>data-doc-number</c>, and footnote links point at ids that
    /// were removed. Fix: allow <c>class</c>, <c>id</c> and data attributes on the sanitizer
    /// (<c>AllowedAttributes.Add("class")</c>, <c>…("id")</c>, <c>AllowDataAttributes = true</c>), or sanitise only
    /// the raw HTML nodes (HtmlBlock/HtmlInline) instead of the generator's own output.
    /// </summary>
    [Fact]
    public void Allowing_raw_html_keeps_the_annotations_own_attributes()
    {
        var html = new MarkdownRenderer(true, id => id == "document/15-ct-tw" ? Document : null)
            .Render(Source, "Xem [[document/15-ct-tw|Chỉ thị 15]].\n", new DiagnosticBag()).Html;

        var link = new HtmlParser().ParseDocument(html).QuerySelector("a")!;
        Assert.Equal("entity entity-document", link.GetAttribute("class"));
        Assert.Equal("Directive 15-CT/TW", link.GetAttribute("data-gloss"));
        Assert.Equal("15-CT/TW", link.GetAttribute("data-doc-number"));
    }

    [Fact]
    public void Allowing_raw_html_keeps_footnote_links_working()
    {
        var html = new MarkdownRenderer(true, _ => null).Render(Source, "Câu[^1].\n\n[^1]: Ghi chú.\n", new DiagnosticBag()).Html;

        var document = new HtmlParser().ParseDocument(html);
        foreach (var link in document.QuerySelectorAll("a[href^='#']"))
        {
            var id = link.GetAttribute("href")![1..];
            Assert.True(document.GetElementById(id) is not null, $"footnote link {link.OuterHtml} points at a missing id");
        }
        Assert.NotEmpty(document.QuerySelectorAll("a[href^='#']"));
    }

    /// <summary>
    /// NumberFormatter.Format (generator/Render/Formatting/NumberFormatter.cs, line 19): the pattern
    /// <c>(\d)([,.])(\d+)</c> consumes the digits after a separator, so the next separator of the same number has no
    /// digit left before it and is not swapped: "1.000.000" becomes "1,000.000" in English. Fix: match only the
    /// separator, <c>(?&lt;=\d)[,.](?=\d)</c>, and swap it ('.' → ',', ',' → '.').
    /// </summary>
    [Theory]
    [InlineData("1.000.000", "1,000,000")]
    [InlineData("1.000,5", "1,000.5")]
    [InlineData("2.500.000-3.000.000", "2,500,000–3,000,000")]
    public void Numbers_with_several_separators_are_written_the_english_way(string vietnamese, string english)
    {
        Assert.Equal(english, NumberFormatter.Format(vietnamese, "en"));
    }

    /// <summary>
    /// TemplateSet.Render (generator/Render/Templates/TemplateSet.cs, line 91) reports a runtime error inside a
    /// partial at <c>span.FileName</c>, which for included templates is the loader's path <c>partials/x.html</c>,
    /// without the <c>templates/</c> folder every other template diagnostic has, so editors cannot open it from the
    /// project root. Fix: prefix <c>templates/</c> when the span's file name does not start with it (or make GetPath
    /// return <c>templates/partials/…</c>).
    /// </summary>
    [Fact]
    public void An_error_inside_a_partial_names_the_partials_path_in_the_project()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("templates/partials/article-item.html", "<li>\n  {{ no_such_variable }}\n</li>\n");

        var result = site.Build();

        Assert.Contains("templates/partials/article-item.html:2:6: error: template error while rendering en/: The variable or function `no_such_variable` was not found",
            result.Diagnostics.Lines());
    }

    /// <summary>
    /// TemplateSet.Render (generator/Render/Templates/TemplateSet.cs, lines 75-82) sets <c>StrictVariables</c>, which
    /// catches a mistyped variable (<c>{{ titel }}</c>) but not a mistyped member (<c>{{ article.titel }}</c>): Scriban's
    /// relaxed member access prints an empty string, so a template typo silently blanks a field on every page.
    /// Fix: set <c>EnableRelaxedMemberAccess = false</c> on the context (templates then need <c>x?.y</c> where x may be null).
    /// </summary>
    [Fact]
    public void A_mistyped_member_in_a_template_is_an_error_not_an_empty_string()
    {
        var bag = new DiagnosticBag();
        var set = StaticKb.Render.Templates.TemplateSet.FromTexts(new Dictionary<string, string> { ["pages/test.html"] = "<a href=\"{{ link.url }}\">{{ link.lable }}</a>" }, bag);

        var html = set.Render("pages/test.html", new Dictionary<string, object?> { ["link"] = new StaticKb.Render.Pages.LinkView("Bài viết", "/vi/articles/") }, "vi/", bag);

        Assert.Null(html);
        Assert.StartsWith("templates/pages/test.html:1:", Assert.Single(bag.Sorted().Lines()));
    }
}
