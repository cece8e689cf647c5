using StaticKb.Tests.Support;

namespace StaticKb.Tests.Load;

/// <summary>Where content files may live: <c>content/&lt;lang&gt;/&lt;section&gt;/&lt;slug&gt;.md</c>, nothing else.</summary>
public class ContentLayoutTests
{
    private const string Article = "---\ntitle: a\ndate: 2024-04-02\ntranslation_key: a\n---\n";

    private static IReadOnlyList<string> DiagnosticsFor(string path, string text = Article)
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write(path, text);
        return site.Load().Diagnostics.Lines();
    }

    [Fact]
    public void Only_markdown_files_belong_in_content()
    {
        Assert.Equal(["content/vi/articles/anh.png:1:1: error: only Markdown (.md) files belong in content/"], DiagnosticsFor("content/vi/articles/anh.png", "png"));
    }

    [Theory]
    [InlineData("content/vi/a.md")]
    [InlineData("content/vi/articles/2024/a.md")]
    [InlineData("content/fr/articles/a.md")]
    public void A_file_outside_lang_section_slug_is_reported(string path)
    {
        Assert.Equal([$"{path}:1:1: error: content files live at content/<lang>/<section>/<slug>.md"], DiagnosticsFor(path));
    }

    [Fact]
    public void An_unknown_section_is_reported()
    {
        Assert.Equal(["content/vi/tin-tuc/a.md:1:1: error: unknown section 'tin-tuc'"], DiagnosticsFor("content/vi/tin-tuc/a.md"));
    }

    [Theory]
    [InlineData("Xin-Chao")]
    [InlineData("xin_chao")]
    [InlineData("xin-chào")]
    public void A_file_name_must_be_a_slug(string slug)
    {
        Assert.Equal([$"content/vi/articles/{slug}.md:1:1: error: file name '{slug}' is not a slug: use lower-case ASCII letters and digits joined by '-'"],
            DiagnosticsFor($"content/vi/articles/{slug}.md"));
    }

    [Fact]
    public void Hidden_files_such_as_gitkeep_are_ignored()
    {
        Assert.Empty(DiagnosticsFor("content/vi/places/.gitkeep", ""));
    }
}
