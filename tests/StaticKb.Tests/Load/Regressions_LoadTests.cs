using System.Text;
using StaticKb.Diagnostics;
using StaticKb.Load;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Load;

/// <summary>Regressions (fixed) in the Load stage.</summary>
public class Regressions_LoadTests
{
    /// <summary>
    /// ArticleReader.Read (generator/Load/ArticleReader.cs, line 43) accepts any absolute URI as <c>url</c>, including
    /// <c>javascript:alert(1)</c> and <c>data:…</c>, and templates/pages/article.html prints it as the href of
    /// "original link": a stored XSS through front matter. Fix: require an http or https scheme
    /// (<c>Uri.TryCreate(url, UriKind.Absolute, out var u) &amp;&amp; u.Scheme is "http" or "https"</c>).
    /// </summary>
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public void A_source_url_must_be_a_web_address(string url)
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/articles/xin-chao.md", $"---\ntitle: Xin chào\nurl: '{url}'\ndate: 2024-04-02\ntranslation_key: xin-chao\n---\nBài.\n");

        var result = site.Build();

        Assert.Contains(result.Diagnostics.Lines(), l => l.StartsWith($"content/vi/articles/xin-chao.md:3:1: error: url '{url}'", StringComparison.Ordinal));
        if (result.OutputDir is not null)
            Assert.DoesNotContain("href=\"javascript:", new BuiltSite(result.OutputDir).Raw("vi/articles/xin-chao/index.html"));
    }

    /// <summary>
    /// ContentFileReader.PositionOf (generator/Load/ContentFileReader.cs, lines 63-72) counts the UTF-8 byte order
    /// mark as a character of line 1, so a bad byte on the first line of a file saved with a BOM is reported one
    /// column too far right (editors do not show the BOM). Fix: start counting line 1 after the BOM (pass the BOM
    /// length as the first line's start).
    /// </summary>
    [Fact]
    public void A_byte_order_mark_is_not_counted_as_a_column()
    {
        var bag = new DiagnosticBag();

        ContentFileReader.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("ab"), 0x00], "a.md", bag);

        Assert.Equal(["a.md:1:3: error: the file contains binary data (a NUL byte); only Markdown text belongs in content/"], bag.Sorted().Lines());
    }

    /// <summary>
    /// ContentLoader.ReportDuplicates (generator/Load/ContentLoader.cs, line 85) reports a duplicate translation_key at
    /// line 1, column 1 of the file rather than at its <c>translation_key:</c> line (DESIGN.md: positions from
    /// YamlDotNet marks). Fix: keep the key's SourceLocation on ContentSource (or beside the article) and report there.
    /// </summary>
    [Fact]
    public void A_duplicate_translation_key_is_reported_at_its_line()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/articles/ban-sao.md", "---\ntitle: Bản sao\ndate: 2024-04-03\ntranslation_key: xin-chao\n---\n");

        var (_, diagnostics) = site.Load();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((4, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
