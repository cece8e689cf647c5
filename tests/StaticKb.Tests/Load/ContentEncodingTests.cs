using System.Text;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Load;

/// <summary>Encodings and line ends as they arrive from editors on Windows, macOS and old Vietnamese tools, through the whole loader.</summary>
public class ContentEncodingTests
{
    private const string Article = "---\ntitle: Việt Nam hội nhập\ndate: 2024-04-02\ntranslation_key: hoi-nhap\n---\nNội dung.\n";

    static ContentEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_file_saved_with_bom_and_crlf_loads_like_any_other()
    {
        using var site = FixtureSite.Copy("minimal");
        site.WriteBytes("content/vi/articles/hoi-nhap.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n"))]);

        var (loaded, diagnostics) = site.Load();

        Assert.Empty(diagnostics.Lines());
        var article = Assert.Single(loaded!.Articles, a => a.TranslationKey == "hoi-nhap");
        Assert.Equal("Việt Nam hội nhập", article.Title);
        Assert.Equal("Nội dung.\n", article.Body);
    }

    [Fact]
    public void Decomposed_text_is_stored_composed()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/articles/hoi-nhap.md", Article.Normalize(NormalizationForm.FormD));

        var (loaded, diagnostics) = site.Load();

        Assert.Empty(diagnostics.Lines());
        var article = Assert.Single(loaded!.Articles, a => a.TranslationKey == "hoi-nhap");
        Assert.Equal("Việt Nam hội nhập", article.Title);
        Assert.True(article.Title.IsNormalized(NormalizationForm.FormC));
        Assert.True(article.Body.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_windows_1258_file_is_reported_and_the_other_files_still_load()
    {
        using var site = FixtureSite.Copy("minimal");
        // Windows-1258 has 'ê', 'ô', 'â' and a combining dot below, not the precomposed 'ệ', 'ộ', 'ậ': old tools wrote them so.
        var cp1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;
        var legacy = Article.Replace("ệ", "\u00EA\u0323").Replace("ộ", "\u00F4\u0323").Replace("ậ", "\u00E2\u0323");
        var bytes = cp1258.GetBytes(legacy);
        Assert.DoesNotContain((byte)'?', bytes);
        site.WriteBytes("content/vi/articles/hoi-nhap.md", bytes);

        var (loaded, diagnostics) = site.Load();

        // "title: Vi" is 9 characters: the 'ệ' is the 10th.
        Assert.Equal(["content/vi/articles/hoi-nhap.md:2:10: error: the file is not valid UTF-8 (perhaps Windows-1258 or another legacy encoding)"],
            diagnostics.Lines());
        Assert.Equal(["xin-chao", "xin-chao"], loaded!.Articles.Select(a => a.TranslationKey));
    }

    [Fact]
    public void A_utf16_file_is_reported()
    {
        using var site = FixtureSite.Copy("minimal");
        site.WriteBytes("content/vi/articles/hoi-nhap.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)]);

        var (_, diagnostics) = site.Load();

        Assert.Equal(["content/vi/articles/hoi-nhap.md:1:1: error: the file is UTF-16; content must be UTF-8"], diagnostics.Lines());
    }

    [Fact]
    public void A_binary_file_with_a_markdown_name_is_reported()
    {
        using var site = FixtureSite.Copy("minimal");
        site.WriteBytes("content/vi/articles/anh.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var (_, diagnostics) = site.Load();

        // The PNG signature holds "\r\n" and "\n": its first NUL byte starts line 3.
        Assert.Equal(["content/vi/articles/anh.md:3:1: error: the file contains binary data (a NUL byte); only Markdown text belongs in content/"],
            diagnostics.Lines());
    }

    [Fact]
    public void Body_positions_are_the_same_with_crlf_line_ends()
    {
        using var site = FixtureSite.Copy("minimal").Overlay("invalid/unknown-annotation");
        var file = "content/vi/articles/chu-thich-sai.md";
        site.Write(file, site.ReadText(file).ReplaceLineEndings("\r\n"));

        var result = site.Build();

        Assert.Equal(["content/vi/articles/chu-thich-sai.md:8:10: error: annotation names an unknown entity 'document/99-ct-tw'"],
            result.Diagnostics.Lines());
    }
}
