using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Validation;

/// <summary>Every page the generator writes is valid HTML by the W3C Nu HTML Checker, and the check can fail.</summary>
public sealed class HtmlValidationTests
{
    [Fact]
    public void Every_page_of_the_real_and_the_fixture_site_has_no_Nu_HTML_Checker_errors()
    {
        var files = TestSites.Both.SelectMany(site => site.HtmlPages.Select(p => Path.Combine(site.OutputDir, p))).ToList();
        Assert.True(files.Count > 100, $"only {files.Count} pages were built");
        var errors = NuHtmlChecker.Check(files);
        Assert.True(errors.Count == 0, $"{errors.Count} error(s) in {errors.Select(e => e.File).Distinct().Count()} page(s):\n"
            + string.Join("\n", errors.Take(50)));
    }

    [Fact]
    public void The_checker_reports_each_error_of_a_deliberately_invalid_page()
    {
        var page = Repo.Path("tests", "StaticKb.Tests", "Validation", "Fixtures", "invalid-page.html");
        var errors = NuHtmlChecker.Check([page]);
        Assert.All(errors, e => Assert.Equal(page, e.File));
        Assert.Contains(errors, e => e.Text.Contains("Duplicate ID “main”", StringComparison.Ordinal) && e.Line == 9);
        Assert.Contains(errors, e => e.Text.Contains("Stray end tag “span”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Text.Contains("An “img” element must have an “alt” attribute", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Text.Contains("skipping 2 heading levels", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_that_writes_invalid_markup_fails_the_check_of_the_built_site()
    {
        using var project = TestProject.FromFixture("invalid-template", Path.Combine("Browser", "Fixtures", "site"))
            .Overlay(Path.Combine("Validation", "Fixtures", "invalid-template"));
        var result = StaticKb.Build.SiteBuilder.Build(new StaticKb.Build.BuildOptions(project.Dir, Strict: true));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var topics = Path.Combine(result.OutputDir!, "en", "topics", "index.html");
        var home = Path.Combine(result.OutputDir!, "en", "index.html");
        var errors = NuHtmlChecker.Check([topics, home]);
        Assert.Contains(errors, e => e.File == topics && e.Text.Contains("Start tag “a” seen but an element of the same type was already open", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == topics && e.Text.Contains("Element “li” not allowed", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.File == home);
    }
}
