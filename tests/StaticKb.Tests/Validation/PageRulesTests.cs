using System.Text.RegularExpressions;
using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Validation;

/// <summary>The publishing rules of issue 8, on every page of the real and the fixture site, and proof that they bite.</summary>
public sealed class PageRulesTests
{
    [Theory]
    [InlineData("real")]
    [InlineData("sample")]
    public void Every_page_has_the_CSP_no_inline_script_no_other_host_and_a_language(string siteName)
    {
        var site = siteName == "real" ? TestSites.Real : TestSites.Sample;
        var problems = site.HtmlPages
            .SelectMany(page => PageRules.Check(site.Read(page), new Uri(site.BaseUrl)).Select(p => $"{page}: {p}"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
    }

    [Theory]
    [InlineData("real")]
    [InlineData("sample")]
    public void Every_page_is_at_most_50_KB_gzip_before_search_is_used(string siteName)
    {
        var site = siteName == "real" ? TestSites.Real : TestSites.Sample;
        var sizes = site.HtmlPages.ToDictionary(p => p, p => PageRules.TransferredBytes(site.OutputDir, p, TestSite.BasePath));
        var over = sizes.Where(s => s.Value > PageRules.BudgetBytes).OrderByDescending(s => s.Value).ToList();
        Assert.True(over.Count == 0, $"over {PageRules.BudgetBytes / 1024} KB gzip:\n" + string.Join("\n", over.Select(s => $"  {s.Key}: {s.Value / 1024.0:F1} KB")));
        // The sum counts the stylesheet and the scripts, not only the HTML.
        var home = site.HtmlPages.Single(p => p == "vi/index.html");
        Assert.True(sizes[home] > PageRules.Gzipped(File.ReadAllBytes(Path.Combine(site.OutputDir, home))) + 1024);
    }

    /// <summary>The stylesheets fetch nothing from another host either (no web fonts, no @import of a CDN).</summary>
    [Fact]
    public void The_stylesheets_load_nothing_from_another_host()
    {
        foreach (var site in TestSites.Both)
        {
            foreach (var css in Directory.EnumerateFiles(Path.Combine(site.OutputDir, "assets"), "*.css"))
            {
                var text = File.ReadAllText(css);
                var remote = Regex.Matches(text, @"(url\(\s*['""]?|@import\s+['""])\s*(https?:)?//[^)'""\s]+").Select(m => m.Value).ToList();
                Assert.True(remote.Count == 0, $"{css}: {string.Join(", ", remote)}");
            }
        }
    }

    [Fact]
    public void The_rules_report_each_fault_of_a_deliberately_unsafe_page()
    {
        var html = File.ReadAllText(Repo.Path("tests", "StaticKb.Tests", "Validation", "Fixtures", "unsafe-page.html"));
        var problems = PageRules.Check(html, new Uri("http://127.0.0.1:8000/statickb/"));
        Assert.Contains(problems, p => p.StartsWith("no <meta http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("inline <script>", StringComparison.Ordinal) && p.Contains("dataLayer", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("ld+json", StringComparison.Ordinal));
        Assert.Contains("<link> loads https://cdn.example.com/bootstrap.min.css from another host", problems);
        Assert.Contains("<link> loads //fonts.example.com from another host", problems);
        Assert.Contains("<script> loads https://www.googletagmanager.example/gtag.js from another host", problems);
        Assert.Contains("<img> loads http://images.example.org/photo.jpg from another host", problems);
        Assert.DoesNotContain(problems, p => p.Contains("local.png", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("inline event handler onclick", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("<html lang=\"\">", StringComparison.Ordinal));
        Assert.Equal(8, problems.Count);
    }

    [Fact]
    public void A_page_over_the_budget_is_reported()
    {
        var dir = Directory.CreateTempSubdirectory("statickb-weight-");
        try
        {
            // Text that gzip cannot shrink much: 120 KB of random letters (about 70 KB gzip).
            var random = new Random(8);
            var filler = new string(Enumerable.Range(0, 120 * 1024).Select(_ => (char)('a' + random.Next(26))).ToArray());
            File.WriteAllText(Path.Combine(dir.FullName, "page.html"), $"<!DOCTYPE html><html lang=en><title>t</title><p>{filler}</p>");
            Assert.True(PageRules.TransferredBytes(dir.FullName, "page.html", TestSite.BasePath) > PageRules.BudgetBytes);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
