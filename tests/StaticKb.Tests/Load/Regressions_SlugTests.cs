using StaticKb.Load;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Load;

/// <summary>
/// Regression (fixed): ContentRules.IsSlug (generator/Load/ContentRules.cs, line 18) uses the pattern
/// <c>^[a-z0-9]+(-[a-z0-9]+)*$</c>, and in .NET <c>$</c> also matches before a final line feed, so <c>"abc\n"</c> is
/// accepted as a slug. A translation key written <c>translation_key: "xin-chao\n"</c> (or a YAML block scalar
/// <c>|</c>) passes the check and becomes a URL and an output folder whose name ends in a line feed; a file name
/// ending in a line feed passes as well, and <c>statickb new article $'x\n'</c> creates one. Fix: anchor with
/// <c>\z</c> (<c>^[a-z0-9]+(-[a-z0-9]+)*\z</c>), or use <c>RegexOptions.ECMAScript</c>-free explicit end anchoring.
/// </summary>
public class Regressions_SlugTests
{
    [Theory]
    [InlineData("abc\n")]
    [InlineData("xin-chao\n")]
    public void A_slug_never_ends_in_a_line_feed(string text)
    {
        Assert.False(ContentRules.IsSlug(text));
    }

    [Fact]
    public void A_translation_key_with_a_line_feed_is_reported()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/articles/xin-chao.md", "---\ntitle: Xin chào\ndate: 2024-04-02\ntranslation_key: \"xin-chao\\n\"\n---\nBài viết.\n");
        site.Write("content/en/articles/xin-chao.md", "---\ntitle: Hello\ndate: 2024-04-02\ntranslation_key: \"xin-chao\\n\"\n---\nThe article.\n");

        var (_, diagnostics) = site.Load();

        Assert.Contains(diagnostics.Lines(), l => l.StartsWith("content/vi/articles/xin-chao.md:4:1: error: translation_key", StringComparison.Ordinal));
    }
}
