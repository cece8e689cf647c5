using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Config;

/// <summary>
/// Regressions (fixed) in the generator.
///
/// SiteConfigReader.Parse (generator/Config/SiteConfigReader.cs, lines 30 and 37) reads <c>base_url</c> and
/// <c>output</c> only when no command-line override is given (<c>overrides.BaseUrl ?? root.String("base_url")</c>),
/// so the key is never marked as known and <c>ReportUnknownKeys</c> then reports it as "unknown key 'base_url'".
/// <c>statickb build --base-url …</c> (what CI does for GitHub Pages) therefore fails on every real site.yml.
/// Fix: always read the key, e.g. <c>var fromFile = root.String("base_url", required: overrides.BaseUrl is null);
/// var baseUrlText = overrides.BaseUrl ?? fromFile;</c>, and the same for <c>output</c>.
/// </summary>
public class Regressions_ConfigTests
{
    private const string SiteYml = """
        base_url: https://example.org/
        output: _site
        languages:
          vi:
            name: Tiếng Việt
            title: T
            description: D
          en:
            name: English
            title: T
            description: D
        """;

    [Fact]
    public void The_command_line_base_url_overrides_the_one_in_site_yml()
    {
        var bag = new DiagnosticBag();

        var config = SiteConfigReader.Parse(SiteYml, new SiteConfigReader.Overrides(BaseUrl: "https://org.github.io/repo/"), bag);

        Assert.Empty(bag.Sorted().Lines());
        Assert.Equal("/repo/", config!.BaseUrl.Path);
    }

    [Fact]
    public void The_command_line_output_overrides_the_one_in_site_yml()
    {
        var bag = new DiagnosticBag();

        var config = SiteConfigReader.Parse(SiteYml, new SiteConfigReader.Overrides(OutputDir: "public"), bag);

        Assert.Empty(bag.Sorted().Lines());
        Assert.Equal("public", config!.OutputDir);
    }

    [Fact]
    public void The_projects_own_site_builds_for_github_pages_with_base_url()
    {
        // The repository's site.yml has base_url, as every real one does; CI passes --base-url for the Pages URL.
        var bag = new DiagnosticBag();

        var config = SiteConfigReader.Read(RepoPaths.Root, new SiteConfigReader.Overrides(BaseUrl: "https://org.github.io/repo/"), bag);

        Assert.Empty(bag.Sorted().Lines());
        Assert.NotNull(config);
    }
}
