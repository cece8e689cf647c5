using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>
/// Regression (fixed): every page's layout (templates/layouts/base.html, lines 16 and 46) refers to <c>assets.search_js</c>,
/// <c>assets.search_index</c> and <c>assets.search_docs</c>, but no build step writes search.js or the search indexes
/// (there is no templates/assets/search.js and no Index stage yet). AssetManifest's indexer
/// (generator/Render/Pages/AssetManifest.cs, line 9) silently falls back to an unfingerprinted <c>assets/&lt;name&gt;</c>,
/// so every page ships <c>&lt;script src="/repo/assets/search.js"&gt;</c> and data-index/data-docs URLs that 404.
/// Fix: write search.js and the per-language indexes as assets (the Index stage), and make an unknown asset name a
/// diagnostic (or an exception) instead of a made-up path.
/// </summary>
public class Regressions_BuildTests(BuiltBilingualSite fixture) : IClassFixture<BuiltBilingualSite>
{
    [Fact]
    public void Every_script_a_page_loads_exists_in_the_output()
    {
        var resolver = new LinkResolver(fixture.Built, "https://org.github.io/repo/");

        var broken = resolver.Links("script[src]").Where(l => resolver.FileFor(l) is null).Select(l => l.Url).Distinct().ToList();

        Assert.True(broken.Count == 0, "scripts that were never written: " + string.Join(", ", broken));
    }

    [Fact]
    public void The_search_index_and_documents_a_page_points_at_exist_in_the_output()
    {
        var resolver = new LinkResolver(fixture.Built, "https://org.github.io/repo/");
        var missing = new List<string>();
        foreach (var page in fixture.Built.HtmlFiles())
        {
            var search = fixture.Built.Page(page).QuerySelector("#search");
            if (search is null) continue;
            foreach (var attribute in new[] { "data-lunr", "data-index", "data-docs" })
            {
                var url = search.GetAttribute(attribute)!;
                if (resolver.FileFor(new PageLink(page, attribute, url)) is null) missing.Add(url);
            }
        }

        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing.Distinct()));
    }
}
