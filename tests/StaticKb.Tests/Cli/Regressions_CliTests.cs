using StaticKb.Cli;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Cli;

/// <summary>
/// Regression, seen from the command line (fixed): <c>statickb build --base-url URL</c> fails with
/// "site.yml:…: error: unknown key 'base_url'" on any site.yml that has base_url (all of them), because
/// SiteConfigReader.Parse skips reading the key when it is overridden (generator/Config/SiteConfigReader.cs, line 30;
/// the same for --output at line 37). See Config/Regressions_ConfigTests.cs for the fix.
/// </summary>
public class Regressions_CliTests
{
    [Fact]
    public void Build_with_base_url_for_github_pages_exits_0_and_uses_the_path()
    {
        using var site = FixtureSite.Copy("minimal");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CliApp.Run(["build", "-C", site.Root, "--base-url", "https://org.github.io/repo/"], stdout, stderr);

        Assert.Equal("", stderr.ToString());
        Assert.Equal(ExitCodes.Success, exit);
        var home = new BuiltSite(site.OutputDir).Page("vi/");
        Assert.Equal("https://org.github.io/repo/vi/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/repo/vi/", home.QuerySelector("a.site-title")!.GetAttribute("href"));
    }
}
