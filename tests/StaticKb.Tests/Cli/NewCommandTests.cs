using StaticKb.Cli;
using StaticKb.Link;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Cli;

/// <summary>
/// <c>statickb new article &lt;slug&gt;</c> and <c>statickb new translation &lt;path&gt;</c>: a file the build accepts,
/// only where it belongs, never over an existing one.
/// </summary>
public class NewCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private static IReadOnlyList<string> AllFiles(FixtureSite site) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(site.Root)!, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void New_article_creates_a_vietnamese_article_the_build_accepts()
    {
        using var site = FixtureSite.Copy("bilingual");

        var (exit, stdout, stderr) = Run("new", "article", "-C", site.Root, "hoi-nghi-moi");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.Equal("created content/vi/articles/hoi-nghi-moi.md\n", stdout);
        Assert.Contains("\ntranslation_key: hoi-nghi-moi\n", site.ReadText("content/vi/articles/hoi-nghi-moi.md"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        var built = new BuiltSite(site.OutputDir);
        Assert.True(built.Exists("vi/articles/hoi-nghi-moi/index.html"));
        Assert.NotNull(built.Page("en/articles/hoi-nghi-moi/").QuerySelector(".notice")); // a knowledge card until translated
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../articles/x")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("..")]
    [InlineData("Hoi-Nghi")]
    [InlineData("hội-nghị")]
    [InlineData("hoi nghi")]
    public void New_article_refuses_what_is_not_a_slug_and_writes_nothing(string slug)
    {
        using var site = FixtureSite.Copy("minimal");
        var before = AllFiles(site);

        var (exit, stdout, stderr) = Run("new", "article", "-C", site.Root, slug);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith($"statickb: '{slug}' is not a slug", stderr);
        Assert.Equal(before, AllFiles(site));
    }

    [Fact]
    public void New_article_never_overwrites_an_existing_article()
    {
        using var site = FixtureSite.Copy("minimal");
        var file = "content/vi/articles/xin-chao.md";
        var edited = site.ReadText(file) + "Một đoạn biên tập viên vừa thêm.\n";
        site.Write(file, edited);

        var (exit, stdout, stderr) = Run("new", "article", "-C", site.Root, "xin-chao");

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"statickb: {file} already exists; not overwriting it\n", stderr);
        Assert.Equal(edited, site.ReadText(file));
    }

    [Fact]
    public void Running_new_article_twice_keeps_the_first_file()
    {
        using var site = FixtureSite.Copy("bilingual");
        Run("new", "article", "-C", site.Root, "bai-moi");
        var file = "content/vi/articles/bai-moi.md";
        site.Write(file, site.ReadText(file).Replace("Đoạn mở đầu.", "Đoạn đã viết."));
        var written = site.ReadText(file);

        var (exit, _, _) = Run("new", "article", "-C", site.Root, "bai-moi");

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal(written, site.ReadText(file));
    }

    [Fact]
    public void New_translation_creates_an_english_draft_that_records_its_source()
    {
        using var site = FixtureSite.Copy("bilingual");
        var source = "content/vi/articles/xuat-khau-thang-7.md";
        var (_, viDiagnostics) = site.Load();
        Assert.Empty(viDiagnostics);
        var viBody = site.Load().Site!.Articles.Single(a => a.Source.Path == source).Body;

        var (exit, stdout, stderr) = Run("new", "translation", "-C", site.Root, source);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.Equal("created content/en/articles/xuat-khau-thang-7.md\n", stdout);
        var draft = site.ReadText("content/en/articles/xuat-khau-thang-7.md");
        Assert.Contains($"\nsource_hash: \"{ContentHash.Of(viBody)}\"\n", draft);
        Assert.Contains("\ndraft: true\n", draft);
        Assert.Contains("\ntranslation_key: xuat-khau-thang-7\n", draft);
    }

    [Fact]
    public void A_draft_translation_builds_and_leaves_the_knowledge_card_in_place()
    {
        using var site = FixtureSite.Copy("bilingual");
        Run("new", "translation", "-C", site.Root, "content/vi/articles/xuat-khau-thang-7.md");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        var page = new BuiltSite(site.OutputDir).Page("en/articles/xuat-khau-thang-7/");
        Assert.Equal("Article not yet translated", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".notice"));
        Assert.Null(page.QuerySelector(".article-body"));
        Assert.Contains(result.TranslationStatuses, s => s.Key == "xuat-khau-thang-7" && s.State == TranslationState.Missing);
    }

    [Fact]
    public void A_finished_translation_from_the_draft_is_current()
    {
        using var site = FixtureSite.Copy("bilingual");
        Run("new", "translation", "-C", site.Root, "content/vi/articles/xuat-khau-thang-7.md");
        var file = "content/en/articles/xuat-khau-thang-7.md";
        var draft = site.ReadText(file);
        var body = draft.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        site.Write(file, draft[..body].Replace("draft: true\n", "").Replace("title: Xuất khẩu tháng 7 tăng mạnh", "title: July exports rise sharply")
            + "This sentence is only in the English version: exports rose sharply.\n");

        var (linked, diagnostics) = site.Link();

        Assert.Empty(diagnostics.Lines());
        Assert.Equal(TranslationState.Current, linked!.TranslationStatuses.Single(s => s.Key == "xuat-khau-thang-7").State);
    }

    [Fact]
    public void New_translation_never_overwrites_an_existing_translation()
    {
        using var site = FixtureSite.Copy("bilingual");
        var file = "content/en/articles/trien-khai-chi-thi-15.md";
        var before = site.ReadText(file);

        var (exit, _, stderr) = Run("new", "translation", "-C", site.Root, "content/vi/articles/trien-khai-chi-thi-15.md");

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal($"statickb: {file} already exists; not overwriting it\n", stderr);
        Assert.Equal(before, site.ReadText(file));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("content/vi/articles/../../../../etc/passwd")]
    [InlineData("content/en/articles/trien-khai-chi-thi-15.md")]
    [InlineData("content/vi/articles/khong-co.md")]
    [InlineData("content/vi/articles")]
    public void New_translation_refuses_anything_but_a_vietnamese_content_file(string path)
    {
        using var site = FixtureSite.Copy("bilingual");
        var before = AllFiles(site);

        var (exit, stdout, stderr) = Run("new", "translation", "-C", site.Root, path);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"statickb: '{path}' is not a Vietnamese content file (content/vi/<section>/<key>.md)\n", stderr);
        Assert.Equal(before, AllFiles(site));
    }
}
