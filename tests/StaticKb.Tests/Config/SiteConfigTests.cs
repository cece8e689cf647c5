using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Config;

/// <summary>site.yml: every key checked, every problem at its line and column, command-line overrides on top.</summary>
public class SiteConfigTests
{
    private const string Languages = """
        languages:
          vi:
            name: Tiếng Việt
            title: Ngoại giao kinh tế
            description: Mô tả
          en:
            name: English
            title: Economic diplomacy
            description: Description
        """;

    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml, SiteConfigReader.Overrides? overrides = null)
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Parse(yaml, overrides ?? new SiteConfigReader.Overrides(), bag);
        return (config, bag.Sorted());
    }

    [Fact]
    public void The_projects_own_site_yml_is_valid()
    {
        var bag = new DiagnosticBag();

        var config = SiteConfigReader.Read(RepoPaths.Root, new SiteConfigReader.Overrides(), bag);

        Assert.Empty(bag.Sorted().Lines());
        Assert.NotNull(config);
    }

    [Fact]
    public void A_complete_site_yml_is_read()
    {
        var (config, diagnostics) = Parse($"""
            base_url: https://org.github.io/repo
            output: public
            articles_per_page: 20
            home_articles: 3
            allow_raw_html: true
            search_shard_threshold_kb: 4096
            search_head_pages: 300
            {Languages}
            menu:
              - label: menu_articles
                path: articles/
            """);

        Assert.Empty(diagnostics.Lines());
        Assert.NotNull(config);
        Assert.Equal("https://org.github.io", config.BaseUrl.Origin);
        Assert.Equal("/repo/", config.BaseUrl.Path);
        Assert.Equal("public", config.OutputDir);
        Assert.Equal(20, config.ArticlesPerPage);
        Assert.Equal(3, config.HomeArticleCount);
        Assert.True(config.AllowRawHtml);
        Assert.Equal(4096, config.SearchShardThresholdKb);
        Assert.Equal(300, config.SearchHeadPages);
        Assert.Equal(["vi", "en"], config.Languages.Select(l => l.Code));
        Assert.Equal(new LanguageConfig("en", "English", "Economic diplomacy", "Description"), config.Language("en"));
        Assert.Equal("vi", config.DefaultLanguage.Code);
        Assert.Equal([new MenuItem("menu_articles", "articles/")], config.Menu);
    }

    [Fact]
    public void Defaults_fill_what_site_yml_leaves_out()
    {
        var (config, _) = Parse($"base_url: https://example.org/\n{Languages}");

        Assert.Equal("_site", config!.OutputDir);
        Assert.Equal(10, config.ArticlesPerPage);
        Assert.Equal(5, config.HomeArticleCount);
        Assert.False(config.AllowRawHtml);
        Assert.Equal(StaticKb.Index.SearchSharding.DefaultThresholdKb, config.SearchShardThresholdKb);
        Assert.Equal(StaticKb.Index.SearchSharding.DefaultHeadPages, config.SearchHeadPages);
        Assert.Empty(config.Menu);
    }

    [Fact]
    public void A_mistyped_key_is_reported_with_its_position_and_the_key_it_resembles()
    {
        var (config, diagnostics) = Parse($"base_ulr: https://example.org/\n{Languages}");

        Assert.Null(config);
        Assert.Equal(
        [
            "site.yml:1:1: error: required key 'base_url' is missing",
            "site.yml:1:1: error: unknown key 'base_ulr'",
        ], diagnostics.Lines());
        Assert.Equal("did you mean 'base_url'?", diagnostics[1].Hint);
    }

    [Fact]
    public void A_mistyped_key_inside_a_language_is_reported_where_it_is()
    {
        var (config, diagnostics) = Parse($"base_url: https://example.org/\n{Languages}\n    tittle: Thừa".Replace("    title: Economic diplomacy\n", ""));

        Assert.Null(config);
        Assert.Contains("site.yml:8:5: error: required key 'title' is missing", diagnostics.Lines());
        Assert.Equal("did you mean 'title'?", diagnostics.Single("site.yml:10:5: error: unknown key 'tittle'").Hint);
    }

    [Theory]
    [InlineData("not a url", "'not a url' is not an absolute http(s) URL such as https://example.org/ or https://org.github.io/repo/")]
    [InlineData("/repo/", "'/repo/' is not an absolute http(s) URL such as https://example.org/ or https://org.github.io/repo/")]
    [InlineData("ftp://example.org/", "'ftp://example.org/' is not an absolute http(s) URL such as https://example.org/ or https://org.github.io/repo/")]
    [InlineData("https://example.org/?lang=vi", "'https://example.org/?lang=vi' must not have a query or fragment")]
    [InlineData("https://example.org/#top", "'https://example.org/#top' must not have a query or fragment")]
    public void A_bad_base_url_is_reported_at_its_line(string url, string message)
    {
        var (config, diagnostics) = Parse($"# comment\nbase_url: \"{url}\"\n{Languages}");

        Assert.Null(config);
        Assert.Equal([$"site.yml:2:1: error: base_url: {message}"], diagnostics.Lines());
    }

    [Fact]
    public void Missing_languages_are_reported()
    {
        var (config, diagnostics) = Parse("base_url: https://example.org/\n");

        Assert.Null(config);
        Assert.Equal(["site.yml:1:1: error: required key 'languages' is missing"], diagnostics.Lines());
    }

    [Fact]
    public void Vietnamese_must_come_first_as_the_source_language()
    {
        var swapped = "languages:\n  en:\n    name: English\n    title: T\n    description: D\n  vi:\n    name: Tiếng Việt\n    title: T\n    description: D\n";

        var (config, diagnostics) = Parse("base_url: https://example.org/\n" + swapped);

        Assert.Null(config);
        Assert.Equal(["site.yml:3:3: error: languages must list vi (first: it is the source language) and en"], diagnostics.Lines());
    }

    [Fact]
    public void A_language_other_than_vi_and_en_is_refused()
    {
        var (config, diagnostics) = Parse($"base_url: https://example.org/\n{Languages}\n  fr:\n    name: Français\n    title: T\n    description: D\n");

        Assert.Null(config);
        Assert.Equal(["site.yml:11:3: error: language 'fr' is not supported"], diagnostics.Lines());
    }

    [Theory]
    [InlineData("/articles/")]
    [InlineData("../articles/")]
    [InlineData("https://example.org/")]
    public void A_menu_path_must_stay_inside_the_language(string path)
    {
        var (config, diagnostics) = Parse($"base_url: https://example.org/\n{Languages}\nmenu:\n  - label: menu_articles\n    path: {path}\n");

        Assert.Null(config);
        Assert.Equal([$"site.yml:13:5: error: menu path '{path}' must be a path inside the language, such as 'articles/'"], diagnostics.Lines());
    }

    [Theory]
    [InlineData("articles_per_page: 0", "site.yml:11:1: error: articles_per_page must be at least 1")]
    [InlineData("search_shard_threshold_kb: 0", "site.yml:11:1: error: search_shard_threshold_kb must be at least 1")]
    [InlineData("search_head_pages: 1", "site.yml:11:1: error: search_head_pages must be at least 2")]
    [InlineData("articles_per_page: mười", "site.yml:11:20: error: 'articles_per_page' must be a whole number")]
    [InlineData("allow_raw_html: yes", "site.yml:11:17: error: 'allow_raw_html' must be true or false")]
    [InlineData("output: [a, b]", "site.yml:11:9: error: 'output' must be text, not a list")]
    [InlineData("languages: vi", "site.yml:11:12: error: 'languages' must be a mapping of 'key: value' lines, not a value")]
    public void A_value_of_the_wrong_kind_is_reported_where_it_is(string line, string expected)
    {
        var yaml = $"base_url: https://example.org/\n{Languages}\n{line}\n";
        if (line.StartsWith("languages:", StringComparison.Ordinal)) yaml = $"base_url: https://example.org/\n{string.Concat(Enumerable.Repeat("\n", 9))}{line}\n";

        var (config, diagnostics) = Parse(yaml);

        Assert.Null(config);
        Assert.Equal([expected], diagnostics.Lines());
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_position()
    {
        var (config, diagnostics) = Parse("base_url: https://example.org/\nlanguages:\n  vi: [\n");

        Assert.Null(config);
        Assert.StartsWith("site.yml:4:1: error: invalid YAML: ", Assert.Single(diagnostics.Lines()));
    }

    [Fact]
    public void A_missing_site_yml_is_reported()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Delete("site.yml");

        var result = site.Build();

        Assert.Equal(["site.yml:1:1: error: site.yml is missing"], result.Diagnostics.Lines());
    }

    [Fact]
    public void The_base_url_given_on_the_command_line_stands_in_for_one_site_yml_leaves_out()
    {
        var (config, diagnostics) = Parse(Languages, new SiteConfigReader.Overrides(BaseUrl: "https://org.github.io/repo/"));

        Assert.Empty(diagnostics.Lines());
        Assert.Equal("https://org.github.io/repo/", config!.BaseUrl.ToString());
    }

    [Fact]
    public void A_bad_base_url_on_the_command_line_is_an_error()
    {
        var (config, diagnostics) = Parse(Languages, new SiteConfigReader.Overrides(BaseUrl: "org.github.io/repo"));

        Assert.Null(config);
        Assert.Contains("base_url: 'org.github.io/repo' is not an absolute http(s) URL", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void The_output_given_on_the_command_line_stands_in_for_the_default()
    {
        var (config, diagnostics) = Parse($"base_url: https://example.org/\n{Languages}", new SiteConfigReader.Overrides(OutputDir: "/tmp/elsewhere"));

        Assert.Empty(diagnostics.Lines());
        Assert.Equal("/tmp/elsewhere", config!.OutputDir);
    }
}
