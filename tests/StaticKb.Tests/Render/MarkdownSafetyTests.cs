using StaticKb.Diagnostics;
using StaticKb.Model;
using StaticKb.Render.Markdown;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// A body is Markdown, not HTML: raw HTML is shown as text unless site.yml allows it (and then it is sanitised),
/// and a link may only lead to http(s), mailto or a path; anything else is a diagnostic at its line and column.
/// </summary>
public class MarkdownSafetyTests
{
    // The body starts on line 6 of its file, after five lines of front matter.
    private static readonly ContentSource Source = new("content/vi/articles/a.md", "vi", "articles", "a", 6);

    private static (string Html, IReadOnlyList<string> Diagnostics) Render(string markdown, bool allowRawHtml = false)
    {
        var bag = new DiagnosticBag();
        var html = new MarkdownRenderer(allowRawHtml, _ => null).Render(Source, markdown, bag).Html;
        return (html, bag.Sorted().Lines());
    }

    [Fact]
    public void A_raw_html_block_is_shown_as_text()
    {
        var (html, diagnostics) = Render("Trước.\n\n<script>alert('x')</script>\n\nSau.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("<p>Trước.</p>\n<p>&lt;script&gt;alert('x')&lt;/script&gt;</p>\n<p>Sau.</p>\n", html);
    }

    [Fact]
    public void Inline_html_is_shown_as_text()
    {
        var (html, _) = Render("Chữ <b onclick=\"alert(1)\">đậm</b> và <img src=x onerror=alert(1)>.\n");

        Assert.Equal("<p>Chữ &lt;b onclick=&quot;alert(1)&quot;&gt;đậm&lt;/b&gt; và &lt;img src=x onerror=alert(1)&gt;.</p>\n", html);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[x](JavaScript:alert(1))", "JavaScript:alert(1)")]
    [InlineData("[x](<javascript:alert(1)>)", "javascript:alert(1)")]
    [InlineData("[x](java&#x73;cript:alert(1))", "javascript:alert(1)")]
    [InlineData("[x](javascript&colon;alert(1))", "javascript:alert(1)")]
    [InlineData("![x](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("[x](vbscript:msgbox(1))", "vbscript:msgbox(1)")]
    [InlineData("[x](file:///etc/passwd)", "file:///etc/passwd")]
    public void A_link_to_an_unsafe_scheme_is_reported_and_neutralised(string link, string url)
    {
        var (html, diagnostics) = Render($"Đoạn một.\n\nXem {link} nhé.\n");

        // Body line 3 is file line 8; "Xem " puts the link in column 5.
        Assert.Equal([$"content/vi/articles/a.md:8:5: error: link target '{url}' is not allowed"], diagnostics);
        Assert.DoesNotContain(":alert", html);
        Assert.Contains("href=\"#\"", html.Replace("src=\"#\"", "href=\"#\""));
    }

    [Fact]
    public void A_reference_definition_to_an_unsafe_scheme_is_reported_where_it_is_used()
    {
        var (html, diagnostics) = Render("Xem [trang][r].\n\n[r]: javascript:alert(1)\n");

        Assert.Equal(["content/vi/articles/a.md:6:5: error: link target 'javascript:alert(1)' is not allowed"], diagnostics);
        Assert.DoesNotContain("javascript", html);
    }

    [Fact]
    public void Unsafe_links_deep_in_lists_and_quotes_are_found_with_their_columns()
    {
        var (_, diagnostics) = Render("- mục [a](javascript:1)\n  - con [b](javascript:2)\n\n> trích [c](javascript:3)\n");

        Assert.Equal(
        [
            "content/vi/articles/a.md:6:7: error: link target 'javascript:1' is not allowed",
            "content/vi/articles/a.md:7:9: error: link target 'javascript:2' is not allowed",
            "content/vi/articles/a.md:9:9: error: link target 'javascript:3' is not allowed",
        ], diagnostics);
    }

    [Theory]
    [InlineData("https://mofa.gov.vn/a?b=c#d")]
    [InlineData("http://example.org/")]
    [InlineData("HTTPS://EXAMPLE.ORG/")]
    [InlineData("mailto:ban-bien-tap@example.org")]
    [InlineData("/repo/vi/articles/")]
    [InlineData("../documents/15-ct-tw/")]
    [InlineData("#fn:1")]
    [InlineData("ghi-chu/a:b")]
    public void Links_to_the_web_mail_or_a_path_are_allowed(string url)
    {
        var (html, diagnostics) = Render($"[x]({url})\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<a href=\"", html);
        Assert.DoesNotContain("href=\"#\"", html);
    }

    [Fact]
    public void With_raw_html_allowed_the_html_is_kept_but_sanitised()
    {
        var (html, diagnostics) = Render("<p>Chữ <b onclick=\"alert(1)\">đậm</b></p>\n\n<script>alert(2)</script>\n\n<iframe src=\"https://example.org\"></iframe>\n", allowRawHtml: true);

        Assert.Empty(diagnostics);
        Assert.Contains("<b>đậm</b>", html);
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("alert(2)", html);
        Assert.DoesNotContain("<iframe", html);
    }

    [Fact]
    public void Markdown_extensions_of_the_dialect_work()
    {
        var (html, _) = Render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~cũ~~ mới[^1]\n\n[^1]: Ghi chú.\n");

        Assert.Contains("<table>", html);
        Assert.Contains("<del>cũ</del>", html);
        Assert.Contains("class=\"footnotes\"", html);
    }

    [Fact]
    public void Generic_attributes_are_not_part_of_the_dialect()
    {
        // Markdig's {onclick=…} attributes would let content add event handlers.
        var (html, _) = Render("# Tiêu đề {onclick=alert(1)}\n");

        Assert.DoesNotContain("onclick=\"", html);
    }
}
