using StaticKb.Cli;
using StaticKb.Link;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Link;

/// <summary>
/// A translation records the hash of the source body it translates. Editing the Vietnamese body afterwards makes
/// the English file stale: <c>statickb check</c>, the build summary and the status page all say so.
/// </summary>
public class StalenessTests
{
    private const string Source = "content/vi/articles/xin-chao.md";
    private const string Translation = "content/en/articles/xin-chao.md";
    private const string ViBody = "Bài viết đầu tiên.\n\nĐoạn thứ hai.\n";

    private static FixtureSite TranslatedSite()
    {
        var site = FixtureSite.Copy("minimal");
        site.Write(Source, $"---\ntitle: Xin chào\ndate: 2024-04-02\ntranslation_key: xin-chao\n---\n{ViBody}");
        site.Write(Translation, $"---\ntitle: Hello\ndate: 2024-04-02\ntranslation_key: xin-chao\nsource_hash: \"{ContentHash.Of(ViBody)}\"\n---\nThe first article.\n\nThe second paragraph.\n");
        return site;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString());
    }

    [Fact]
    public void A_translation_of_the_current_source_is_reported_current()
    {
        using var site = TranslatedSite();

        var (exit, stdout, _) = Run("check", "-C", site.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("translations: 1 current, 0 stale, 0 missing\n", stdout);
        Assert.DoesNotContain("stale:", stdout);
    }

    [Fact]
    public void Editing_the_vietnamese_body_makes_check_list_the_translation_as_stale()
    {
        using var site = TranslatedSite();
        site.Write(Source, site.ReadText(Source).Replace("Đoạn thứ hai.", "Đoạn thứ hai, đã sửa."));

        var (exit, stdout, _) = Run("check", "-C", site.Root);

        Assert.Equal(ExitCodes.Success, exit); // stale is not an error: the site still builds
        Assert.Contains("translations: 0 current, 1 stale, 0 missing\n", stdout);
        Assert.Contains($"  stale:   {Translation} (its source {Source} changed since it was translated)\n", stdout);
    }

    [Fact]
    public void Editing_the_vietnamese_body_makes_the_build_summary_list_the_translation_as_stale()
    {
        using var site = TranslatedSite();
        site.Write(Source, site.ReadText(Source).Replace("Đoạn thứ hai.", "Đoạn thứ hai, đã sửa."));

        var (exit, stdout, stderr) = Run("build", "-C", site.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.Contains("translations: 0 current, 1 stale, 0 missing\n", stdout);
        Assert.Contains($"  stale:   {Translation} (its source {Source} changed since it was translated)\n", stdout);
    }

    [Fact]
    public void Editing_the_vietnamese_body_puts_the_translation_on_the_status_page_as_stale()
    {
        using var site = TranslatedSite();
        Assert.True(site.Build().Succeeded);
        // Up to date, the translation is counted, not listed: there is nothing to do.
        var before = new BuiltSite(site.OutputDir).Page("en/status/");
        Assert.Null(before.QuerySelector("table.status"));
        Assert.Equal("Every translation is up to date.", before.QuerySelector(".status-done")!.TextContent);
        Assert.Contains("Up to date: 1", before.QuerySelector(".status-counts")!.TextContent);
        site.Write(Source, site.ReadText(Source).Replace("Đoạn thứ hai.", "Đoạn thứ hai, đã sửa."));

        Assert.True(site.Build().Succeeded);

        foreach (var (lang, label) in new[] { ("vi", "Cần cập nhật"), ("en", "Stale") })
        {
            var row = new BuiltSite(site.OutputDir).Page($"{lang}/status/").QuerySelector("table.status tbody tr")!;
            Assert.Equal("status-stale", row.ClassName);
            Assert.Equal(label, row.Children[1].TextContent);
            Assert.Equal([Source, Translation], row.QuerySelectorAll("code").Select(c => c.TextContent));
        }
    }

    [Fact]
    public void Saving_the_source_with_windows_line_ends_does_not_make_the_translation_stale()
    {
        using var site = TranslatedSite();
        site.Write(Source, site.ReadText(Source).ReplaceLineEndings("\r\n"));

        var (linked, _) = site.Link();

        Assert.Equal(TranslationState.Current, Assert.Single(linked!.TranslationStatuses).State);
    }
}
