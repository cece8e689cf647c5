using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>
/// A site served below a path (GitHub Pages: <c>https://org.github.io/repo/</c>): every internal URL of every page
/// carries <c>/repo/</c>, canonical URLs are absolute, and every link leads to a file that was written.
/// </summary>
public class BasePathTests(BuiltBilingualSite fixture) : IClassFixture<BuiltBilingualSite>
{
    private const string SiteUrl = "https://org.github.io/repo/";

    private LinkResolver Resolver => new(fixture.Built, SiteUrl);

    [Fact]
    public void Every_internal_href_and_src_starts_with_the_base_path()
    {
        var links = Resolver.Links().Where(l => !l.Url.StartsWith('#')).ToList();
        Assert.True(links.Count > 200, $"only {links.Count} links found: is the site empty?");

        var internalLinks = links.Where(Resolver.IsInternal).ToList();
        var outside = internalLinks.Where(l => !Resolver.PathOf(l).StartsWith("/repo/", StringComparison.Ordinal)).ToList();

        Assert.True(outside.Count == 0, "links that ignore the base path:\n" + string.Join("\n", outside));
        // Internal links are root-relative (or absolute for canonical/alternates), never relative to the page.
        var relative = internalLinks.Where(l => !l.Url.StartsWith("/repo/", StringComparison.Ordinal) && !l.Url.StartsWith(SiteUrl, StringComparison.Ordinal)).ToList();
        Assert.True(relative.Count == 0, "relative links:\n" + string.Join("\n", relative));
    }

    [Fact]
    public void Every_page_link_and_stylesheet_resolves_to_a_file_in_the_output()
    {
        var broken = Resolver.Links("a[href]", "link[href]", "form[action]")
            .Where(l => !l.Url.StartsWith('#') && Resolver.IsInternal(l) && Resolver.FileFor(l) is null)
            .ToList();

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_only_links_to_other_hosts_are_the_articles_sources()
    {
        var external = Resolver.Links().Where(l => !l.Url.StartsWith('#') && !Resolver.IsInternal(l)).Select(l => l.Url).Distinct().ToList();

        Assert.Equal(["https://baoquocte.vn/trien-khai-chi-thi-15"], external);
    }

    [Fact]
    public void Canonical_urls_are_absolute_and_include_the_base_path()
    {
        foreach (var page in fixture.Built.HtmlFiles().Where(p => p != "404.html"))
        {
            var canonical = fixture.Built.Page(page).QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            var expected = SiteUrl + (page == "index.html" ? "vi/" : page[..^"index.html".Length]);
            Assert.Equal(expected, canonical);
        }
    }

    [Fact]
    public void Fragment_links_point_at_an_element_of_their_page()
    {
        foreach (var page in fixture.Built.HtmlFiles())
        {
            var document = fixture.Built.Page(page);
            foreach (var link in document.QuerySelectorAll("a[href^='#']"))
                Assert.True(document.GetElementById(link.GetAttribute("href")![1..]) is not null, $"{page}: {link.OuterHtml}");
        }
    }

    [Fact]
    public void A_site_at_the_root_of_its_host_links_from_the_root()
    {
        using var site = FixtureSite.Copy("minimal");
        Assert.True(site.Build().Succeeded);
        var resolver = new LinkResolver(new BuiltSite(site.OutputDir), "https://example.org/");

        var links = resolver.Links("a[href]", "link[href]").Where(l => !l.Url.StartsWith('#') && resolver.IsInternal(l)).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(l.Url.StartsWith('/') || l.Url.StartsWith("https://example.org/"), l.ToString()));
        Assert.All(links, l => Assert.True(resolver.FileFor(l) is not null, $"broken: {l}"));
    }

    [Fact]
    public void A_base_url_given_to_the_build_reaches_every_link()
    {
        // site.yml without base_url, so only the override can set it (see Config/Regressions_ConfigTests.cs for the
        // override of a base_url that site.yml has).
        using var site = FixtureSite.Copy("bilingual");
        site.Write("site.yml", site.ReadText("site.yml").Replace("base_url: https://org.github.io/repo/\n", ""));

        var result = site.Build(baseUrl: "https://example.github.io/kb/");

        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        var built = new BuiltSite(site.OutputDir);
        var resolver = new LinkResolver(built, "https://example.github.io/kb/");
        var links = resolver.Links("a[href]", "link[href]", "form[action]").Where(l => !l.Url.StartsWith('#') && resolver.IsInternal(l)).ToList();
        Assert.True(links.Count > 200);
        Assert.All(links, l => Assert.StartsWith("/kb/", resolver.PathOf(l)));
        Assert.All(links, l => Assert.True(resolver.FileFor(l) is not null, $"broken: {l}"));
        Assert.Equal("https://example.github.io/kb/vi/", built.Page("vi/").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
