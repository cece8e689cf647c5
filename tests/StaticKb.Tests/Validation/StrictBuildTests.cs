using StaticKb.Cli;
using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Validation;

/// <summary>
/// <c>statickb build --strict</c> (what CI publishes with) fails on a broken internal link, naming the page and the
/// link, and writes nothing; without <c>--strict</c> the same link is a warning.
/// </summary>
public sealed class StrictBuildTests
{
    private const string BrokenLink = "../khong-co-bai-nay/";
    private const string Page = "vi/articles/lien-ket-hong/index.html";

    [Fact]
    public void A_broken_Markdown_link_fails_the_strict_build_with_the_page_and_the_link()
    {
        using var project = BrokenLinkProject();
        var (exit, _, stderr) = Run("build", "--strict", "--project", project.Dir);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        var line = Assert.Single(Lines(stderr), l => l.Contains(BrokenLink, StringComparison.Ordinal));
        Assert.Contains(Page, line);
        Assert.Contains("error", line);
        Assert.DoesNotContain("../tang-truong-quy-hai/", stderr); // the good link beside it is not reported
        Assert.False(Directory.Exists(Path.Combine(project.Dir, "_site")), "a failed build must not write the site");
    }

    [Fact]
    public void Without_strict_the_broken_link_is_a_warning_and_the_site_is_built()
    {
        using var project = BrokenLinkProject();
        var (exit, _, stderr) = Run("build", "--project", project.Dir);
        Assert.Equal(ExitCodes.Success, exit);
        var line = Assert.Single(Lines(stderr), l => l.Contains(BrokenLink, StringComparison.Ordinal));
        Assert.Contains("warning", line);
        Assert.True(File.Exists(Path.Combine(project.Dir, "_site", Page)));
    }

    [Fact]
    public void The_same_site_without_the_broken_link_passes_the_strict_build()
    {
        using var project = TestProject.FromFixture("strict-ok", Path.Combine("Browser", "Fixtures", "site"));
        var (exit, stdout, stderr) = Run("build", "--strict", "--project", project.Dir);
        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.Contains("built ", stdout);
    }

    // Under GitHub Actions each diagnostic is printed a second time as a "::error file=…" annotation.
    private static IEnumerable<string> Lines(string output) => output.Split('\n').Where(l => !l.StartsWith("::", StringComparison.Ordinal));

    private static TestProject BrokenLinkProject() =>
        TestProject.FromFixture("broken-link", Path.Combine("Browser", "Fixtures", "site"))
            .Overlay(Path.Combine("Validation", "Fixtures", "broken-link"));

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
