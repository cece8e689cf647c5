using StaticKb.Diagnostics;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// The parallel reading view of a translated article: Vietnamese and English block by block, one row per block;
/// a translation whose blocks do not line up with its source is reported as a warning at the translation file.
/// </summary>
[Collection(KnowledgeSiteCollection.Name)]
public class ParallelViewTests(BuiltKnowledgeSite fixture)
{
    private BuiltSite Built => fixture.Built;

    private IReadOnlyList<(string? Vi, string? En, bool Mismatch)> Rows(string page) =>
        Built.Page(page).QuerySelectorAll(".parallel .parallel-row:not(.parallel-head)").Select(row =>
        {
            var cells = row.QuerySelectorAll("[role=cell]");
            return (Text(cells[0]), Text(cells[1]), row.ClassList.Contains("parallel-mismatch"));
        }).ToList();

    private static string? Text(AngleSharp.Dom.IElement cell) => cell.TextContent.Trim() is { Length: > 0 } t ? t : null;

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void A_translated_article_has_a_parallel_view_with_one_row_per_paragraph(string lang)
    {
        var rows = Rows($"{lang}/articles/trien-khai-chi-thi-20/parallel/");

        Assert.Equal(
        [
            ("Ngày 1/7, Thủ tướng ký Chỉ thị số 20/CT-TTg về xuất khẩu. Tại Hội nghị ngoại giao kinh tế 6 tháng cuối năm 2023, Thủ tướng Phạm Minh Chính yêu cầu các bộ triển khai ngay!",
                "On 1 July the Prime Minister signed Directive No. 20/CT-TTg on exports. At Conference on economic diplomacy for the second half of 2023, Prime Minister Pham Minh Chinh asked ministries to act at once!",
                false),
            ("Bộ Ngoại giao sẽ phối hợp với tỉnh Lạng Sơn. Việc triển khai bắt đầu từ tháng 8.",
                "The Ministry of Foreign Affairs will work with Lang Son province. Work starts in August.",
                false),
        ], rows);
    }

    [Fact]
    public void Each_side_is_marked_with_its_language()
    {
        var cells = Built.Page("en/articles/ket-qua-nam-2023/parallel/").QuerySelectorAll(".parallel-row:not(.parallel-head) [role=cell]");

        Assert.Equal(["vi", "en", "vi", "en"], cells.Select(c => c.GetAttribute("lang")));
    }

    [Fact]
    public void Every_translated_article_and_no_other_has_a_parallel_view_linked_from_the_article()
    {
        foreach (var lang in new[] { "vi", "en" })
        {
            var parallel = Built.Files().Where(f => f.StartsWith($"{lang}/articles/", StringComparison.Ordinal) && f.EndsWith("/parallel/index.html", StringComparison.Ordinal));
            Assert.Equal(
                [$"{lang}/articles/ban-tin-dac-biet/parallel/index.html", $"{lang}/articles/ket-qua-nam-2023/parallel/index.html", $"{lang}/articles/trien-khai-chi-thi-20/parallel/index.html"],
                parallel);
            Assert.Contains($"/repo/{lang}/articles/ket-qua-nam-2023/parallel/",
                Built.Page($"{lang}/articles/ket-qua-nam-2023/").QuerySelectorAll("article a").Select(a => a.GetAttribute("href")));
        }
        Assert.DoesNotContain("/parallel/", Built.Page("en/articles/xuat-khau-thang-8/").QuerySelector("article")!.InnerHtml);
    }

    [Fact]
    public void Translations_that_line_up_build_without_a_warning()
    {
        Assert.Empty(fixture.Result.Diagnostics.Lines());
    }

    [Fact]
    public void A_translation_missing_a_paragraph_is_reported_at_the_translation_file_and_shown_as_a_gap()
    {
        using var site = FixtureSite.Copy("knowledge");
        var file = "content/en/articles/trien-khai-chi-thi-20.md";
        var text = site.ReadText(file);
        site.Write(file, text[..text.IndexOf("\n\nThe [[organisation", StringComparison.Ordinal)] + "\n");
        var lines = site.ReadText(file).Split('\n').Length;

        var result = site.Build();

        Assert.True(result.Succeeded, "a misaligned translation is a warning, not an error");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(file, warning.Location.Path);
        Assert.InRange(warning.Location.Line, 2, lines);
        Assert.StartsWith("the translation does not line up with content/vi/articles/trien-khai-chi-thi-20.md: block 2 is missing here", warning.Message);
        Assert.Contains("(2 blocks there, 1 here)", warning.Message);
        var rows = new BuiltSite(site.OutputDir).Page("vi/articles/trien-khai-chi-thi-20/parallel/")
            .QuerySelectorAll(".parallel-row:not(.parallel-head)").Select(r => r.ClassList.Contains("parallel-mismatch"));
        Assert.Equal([false, true], rows);
    }

    [Fact]
    public void A_heading_where_the_source_has_a_paragraph_is_reported_at_the_headings_line()
    {
        using var site = FixtureSite.Copy("knowledge");
        var file = "content/en/articles/ket-qua-nam-2023.md";
        var text = site.ReadText(file).Replace("The growth target of 6.5–7%", "## The growth target of 6.5–7%");
        site.Write(file, text);
        var headingLine = text.Split('\n').ToList().FindIndex(l => l.StartsWith("## ", StringComparison.Ordinal)) + 1;

        var result = site.Build();

        Assert.Equal(
            [$"{file}:{headingLine}:1: warning: the translation does not line up with content/vi/articles/ket-qua-nam-2023.md: block 2 is a heading here but a paragraph in the source (2 blocks there, 2 here)"],
            result.Diagnostics.Lines());
    }
}
