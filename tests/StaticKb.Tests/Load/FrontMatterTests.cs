using StaticKb.Model;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Load;

/// <summary>
/// Article front matter as the loader reads it: typed values, and for every problem a diagnostic at the line and
/// column of the file (front matter starts on line 2, after the opening '---').
/// </summary>
public class FrontMatterTests
{
    private const string File = "content/vi/articles/bai-viet.md";

    private static (Article? Article, IReadOnlyList<string> Diagnostics) LoadArticle(string text)
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write(File, text);
        var (loaded, diagnostics) = site.Load();
        return (loaded?.Articles.SingleOrDefault(a => a.Source.Path == File), diagnostics.Lines());
    }

    [Fact]
    public void Every_field_of_a_complete_article_is_read()
    {
        var (article, diagnostics) = LoadArticle("""
            ---
            title: Thủ tướng làm việc với Bộ Ngoại giao
            title_needs_review: true
            date: 2024-07
            date_inferred: true
            source: Báo Chính phủ
            url: https://baochinhphu.vn/a
            translation_key: thu-tuong-lam-viec
            summary: Tóm tắt ngắn.
            tags: [ngoai-giao, kinh-te]
            entities:
              - document/15-ct-tw
            conferences: conference/hoi-nghi-2024
            figures:
              - value: "7,52"
                unit: "%"
                measure: Tăng trưởng GDP
                period: 6 tháng đầu năm 2025
            source_hash: sha256:0123456789abcdef
            ---
            Nội dung bài viết.
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(article);
        Assert.Equal("Thủ tướng làm việc với Bộ Ngoại giao", article.Title);
        Assert.True(article.TitleNeedsReview);
        Assert.Equal(new PartialDate(2024, 7, Inferred: true), article.Date);
        Assert.Equal(DatePrecision.Month, article.Date.Precision);
        Assert.Equal("Báo Chính phủ", article.SourceName);
        Assert.Equal("https://baochinhphu.vn/a", article.Url);
        Assert.Equal("thu-tuong-lam-viec", article.TranslationKey);
        Assert.Equal("Tóm tắt ngắn.", article.Summary);
        Assert.Equal(["ngoai-giao", "kinh-te"], article.Tags);
        Assert.Equal(["document/15-ct-tw"], article.Entities);
        Assert.Equal(["conference/hoi-nghi-2024"], article.Conferences);
        Assert.Equal([new KeyFigure("7,52", "%", "Tăng trưởng GDP", "6 tháng đầu năm 2025")], article.Figures);
        Assert.Equal("sha256:0123456789abcdef", article.TranslatedFrom);
        Assert.Equal("Nội dung bài viết.", article.Body);
        Assert.Equal(new ContentSource(File, "vi", "articles", "bai-viet", 21), article.Source);
    }

    [Fact]
    public void Every_problem_of_one_file_is_reported_in_one_run()
    {
        var (article, diagnostics) = LoadArticle("""
            ---
            tittle: Lỗi chính tả
            date: 2024-13-01
            translation_key: nhieu-loi
            tags: {a: 1}
            ---
            """);

        Assert.Null(article);
        Assert.Equal(
        [
            $"{File}:2:1: error: required key 'title' is missing",
            $"{File}:2:1: error: unknown key 'tittle'",
            $"{File}:3:7: error: 'date': '2024-13-01' is not a real date: the month must be 01 to 12",
            $"{File}:5:7: error: 'tags' must be a list of text items",
        ], diagnostics);
    }

    [Fact]
    public void A_key_left_empty_counts_as_missing()
    {
        var (_, diagnostics) = LoadArticle("---\ntitle:\ndate: 2024-04-02\ntranslation_key: trong\n---\n");

        Assert.Equal([$"{File}:2:1: error: required key 'title' is missing"], diagnostics);
    }

    [Theory]
    [InlineData("title: [x]", "2:8: error: 'title' must be text, not a list")]
    [InlineData("title: {vi: x}", "2:8: error: 'title' must be text, not a mapping")]
    [InlineData("title_needs_review: yes", "2:21: error: 'title_needs_review' must be true or false")]
    [InlineData("date: [2024]", "2:7: error: 'date' must be a date such as 2024-04-02, not a list")]
    [InlineData("tags: {a: 1}", "2:7: error: 'tags' must be a list of text items")]
    [InlineData("tags: [[a]]", "2:8: error: each item of 'tags' must be text, not a list")]
    [InlineData("figures: 7,52", "2:10: error: 'figures' must be a list ('- ' items)")]
    [InlineData("figures: [\"7,52\"]", "2:11: error: each item of 'figures' must be a mapping of 'key: value' lines")]
    [InlineData("url: baochinhphu.vn/a", "2:1: error: url 'baochinhphu.vn/a' is not an absolute http(s) URL")]
    public void A_value_of_the_wrong_shape_is_reported_where_it_is(string line, string expected)
    {
        var text = $"---\n{line}\n" + (line.StartsWith("title:") ? "" : "title: Tiêu đề\n") +
                   (line.StartsWith("date:") ? "" : "date: 2024-04-02\n") + "translation_key: hinh-dang\n---\n";

        var (_, diagnostics) = LoadArticle(text);

        Assert.Equal([$"{File}:{expected}"], diagnostics);
    }

    [Fact]
    public void A_figure_without_its_measure_is_reported_at_the_figure()
    {
        var (_, diagnostics) = LoadArticle("""
            ---
            title: Số liệu
            date: 2024-04-02
            translation_key: so-lieu
            figures:
              - value: "7,52"
                unit: "%"
                mesure: GDP
            ---
            """);

        Assert.Equal(
        [
            $"{File}:6:5: error: required key 'measure' is missing",
            $"{File}:8:5: error: unknown key 'mesure'",
        ], diagnostics);
    }

    [Theory]
    [InlineData("Xin Chào", "'Xin Chào'")]
    [InlineData("../../etc", "'../../etc'")]
    [InlineData("xin_chao", "'xin_chao'")]
    public void A_translation_key_must_be_a_slug(string key, string quoted)
    {
        var (article, diagnostics) = LoadArticle($"---\ntitle: Khóa\ndate: 2024-04-02\ntranslation_key: {key}\n---\n");

        Assert.Equal([$"{File}:4:1: error: translation_key {quoted} must be a slug: lower-case ASCII letters and digits joined by '-'"], diagnostics);
        Assert.NotNull(article); // reported, and still loaded so the rest of the file is checked too
    }

    [Fact]
    public void An_unknown_key_gets_a_did_you_mean_hint()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write(File, "---\ntitle: a\ndate: 2024-04-02\ntranslation_key: a\nsumary: b\n---\n");

        var diagnostic = site.Load().Diagnostics.Single($"{File}:5:1: error: unknown key 'sumary'");

        Assert.Equal("did you mean 'summary'?", diagnostic.Hint);
    }

    [Fact]
    public void An_unknown_key_unlike_any_known_one_lists_the_known_keys()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write(File, "---\ntitle: a\ndate: 2024-04-02\ntranslation_key: a\nauthor: b\n---\n");

        var diagnostic = site.Load().Diagnostics.Single($"{File}:5:1: error: unknown key 'author'");

        Assert.StartsWith("known keys here: conferences, date, date_inferred, draft, entities, figures,", diagnostic.Hint);
    }

    [Theory]
    [InlineData("title: 'chưa đóng\ndate: 2024-04-02", "2:8: error: invalid YAML: While scanning a quoted scalar, found unexpected end of stream.")]
    [InlineData("title: a\ntitle: b", "3:1: error: invalid YAML: Duplicate key title")]
    [InlineData("title: a\n  date: 2024-04-02", "3:7: error: invalid YAML: While scanning a plain scalar value, found invalid mapping.")]
    public void Malformed_yaml_is_reported_at_its_position_in_the_file(string yaml, string expected)
    {
        var (_, diagnostics) = LoadArticle($"---\n{yaml}\n---\nNội dung.\n");

        Assert.Equal([$"{File}:{expected}"], diagnostics);
    }

    [Theory]
    [InlineData("---\n---\nNội dung.\n")]
    [InlineData("---\n- title\n- date\n---\n")]
    [InlineData("---\nchỉ là một câu\n---\n")]
    public void Front_matter_that_is_not_a_mapping_is_reported(string text)
    {
        var (_, diagnostics) = LoadArticle(text);

        Assert.Equal([$"{File}:2:1: error: expected 'key: value' lines here"], diagnostics);
    }

    [Fact]
    public void A_file_of_blank_lines_has_no_front_matter()
    {
        var (_, diagnostics) = LoadArticle("\n\n\n");

        Assert.Equal([$"{File}:1:1: error: the file does not start with front matter"], diagnostics);
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/articles/mot.md", "---\ntitle: Một\ndate: 2024-02-30\ntranslation_key: mot\n---\n");
        site.Write("content/vi/articles/hai.md", "---\ntitle: Hai\ndate: 2024-04-02\n---\n");
        site.Write("content/en/articles/ba.md", "no front matter\n");

        var (_, diagnostics) = site.Load();

        Assert.Equal(
        [
            "content/en/articles/ba.md:1:1: error: the file does not start with front matter",
            "content/vi/articles/hai.md:2:1: error: required key 'translation_key' is missing",
            "content/vi/articles/mot.md:3:7: error: 'date': '2024-02-30' is not a real date: 2024-02 has 29 days",
        ], diagnostics.Lines());
    }

    [Fact]
    public void The_same_translation_key_in_two_languages_is_a_pair_not_a_duplicate()
    {
        using var site = FixtureSite.Copy("minimal");

        var (loaded, diagnostics) = site.Load();

        Assert.Empty(diagnostics);
        Assert.Equal(["en", "vi"], loaded!.Articles.Where(a => a.TranslationKey == "xin-chao").Select(a => a.Language).Order());
    }

    [Fact]
    public void The_same_translation_key_twice_in_one_language_is_an_error()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/en/articles/hello-again.md", "---\ntitle: Hello again\ndate: 2024-04-03\ntranslation_key: xin-chao\n---\n");

        var (_, diagnostics) = site.Load();

        // The copy (whose file name is not its key) is reported, at its translation_key line.
        Assert.Equal(["content/en/articles/hello-again.md:4:1: error: translation_key 'xin-chao' is already used by content/en/articles/xin-chao.md"],
            diagnostics.Lines());
    }
}
