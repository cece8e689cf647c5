using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

public class SiteBuilderTests
{
    [Theory]
    [InlineData("minimal")]
    [InlineData("bilingual")]
    public void A_valid_fixture_builds_without_any_diagnostic(string fixture)
    {
        using var site = FixtureSite.Copy(fixture);

        var result = site.Build();

        Assert.Empty(result.Diagnostics.Lines());
        Assert.True(result.Succeeded);
        Assert.Equal(site.OutputDir, result.OutputDir);
    }

    [Fact]
    public void Both_languages_get_the_same_set_of_pages()
    {
        using var site = FixtureSite.Copy("bilingual");
        site.Build();
        var files = new BuiltSite(site.OutputDir).HtmlFiles();

        var vi = files.Where(f => f.StartsWith("vi/", StringComparison.Ordinal)).Select(f => f[3..]).ToList();
        var en = files.Where(f => f.StartsWith("en/", StringComparison.Ordinal)).Select(f => f[3..]).ToList();

        Assert.Equal(vi, en);
        Assert.Contains("articles/xuat-khau-thang-7/index.html", en);
        Assert.Contains("conferences/hoi-nghi-ngoai-giao-kinh-te-2024/index.html", en);
    }

    [Fact]
    public void The_output_has_a_page_for_every_article_entity_and_index()
    {
        using var site = FixtureSite.Copy("bilingual");
        var result = site.Build();
        var built = new BuiltSite(site.OutputDir);

        foreach (var page in new[]
                 {
                     "index.html", "404.html", "vi/index.html", "vi/articles/index.html", "vi/search/index.html",
                     "vi/articles/trien-khai-chi-thi-15/index.html", "vi/articles/ket-qua-nam-2024/index.html",
                     "vi/articles/xuat-khau-thang-7/index.html", "vi/documents/index.html", "vi/documents/15-ct-tw/index.html",
                     "vi/organisations/bo-ngoai-giao/index.html", "vi/conferences/hoi-nghi-ngoai-giao-kinh-te-2024/index.html",
                     "vi/people/index.html", "vi/places/index.html",
                 })
        {
            Assert.True(built.Exists(page), $"missing {page}");
        }
        Assert.True(built.Exists(".nojekyll"), "GitHub Pages needs .nojekyll to serve files whose names start with '_'");
        Assert.Equal(built.HtmlFiles().Count, result.PageCount);
    }

    [Fact]
    public void Articles_are_listed_newest_first_whatever_the_precision_of_their_dates()
    {
        using var site = FixtureSite.Copy("bilingual");
        site.Build();

        var titles = new BuiltSite(site.OutputDir).Page("vi/articles/")
            .QuerySelectorAll(".article-list .article-item h2, .article-list .article-item h3").Select(h => h.TextContent.Trim()).ToList();

        // 2024-04-02, then the year 2024 (it starts on 2024-01-01), then 2023-07.
        Assert.Equal(["Triển khai Chỉ thị 15-CT/TW về ngoại giao kinh tế", "Kết quả ngoại giao kinh tế năm 2024", "Xuất khẩu tháng 7 tăng mạnh"], titles);
    }

    [Fact]
    public void An_error_stops_the_build_before_anything_is_written()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/articles/hong.md", "---\ntitle: Hỏng\n---\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Null(result.OutputDir);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Output_outside_the_project_is_refused_when_site_yml_asks_for_it()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("site.yml", site.ReadText("site.yml") + "output: ../elsewhere\n");

        var result = site.Build();

        Assert.Contains("site.yml:1:1: error: output '../elsewhere' is outside the project", result.Diagnostics.Lines());
        Assert.False(Directory.Exists(site.Outside("elsewhere")));
    }

    [Fact]
    public void Output_that_would_replace_the_project_itself_is_refused()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("site.yml", site.ReadText("site.yml") + "output: .\n");

        var result = site.Build();

        Assert.Contains("site.yml:1:1: error: output '.' would replace the project itself", result.Diagnostics.Lines());
        Assert.True(File.Exists(Path.Combine(site.Root, "site.yml")));
    }

    [Fact]
    public void An_explicit_output_folder_may_be_outside_the_project()
    {
        using var site = FixtureSite.Copy("minimal");
        var elsewhere = site.Outside("published");

        var result = site.Build(output: elsewhere);

        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        Assert.Equal(elsewhere, result.OutputDir);
        Assert.True(File.Exists(Path.Combine(elsewhere, "vi", "articles", "xin-chao", "index.html")));
        Assert.False(Directory.Exists(site.OutputDir));
    }
}
