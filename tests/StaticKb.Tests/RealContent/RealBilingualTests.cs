using System.Text.RegularExpressions;
using System.Xml.Linq;
using StaticKb.Link;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.RealContent;

/// <summary>
/// The bilingual edition of the repository's own content (issue 5, "done when"): /vi/ and /en/ hold the same pages,
/// every page names its alternates, the English side never passes Vietnamese text off as English, and each
/// translated article has its parallel view.
/// </summary>
[Collection(RealSiteCollection.Name)]
public partial class RealBilingualTests(BuiltRealSite fixture)
{
    private BuiltSite Built => fixture.Built;

    private IEnumerable<string> LanguagePages() =>
        Built.HtmlFiles().Where(f => f.StartsWith("vi/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal));

    [Fact]
    public void The_real_site_builds_without_a_single_warning()
    {
        Assert.Empty(fixture.Result.Diagnostics.Lines());
    }

    [Fact]
    public void Vi_and_en_hold_the_same_set_of_pages()
    {
        var vi = Built.Files().Where(f => f.StartsWith("vi/", StringComparison.Ordinal)).Select(f => f[3..]).ToList();
        var en = Built.Files().Where(f => f.StartsWith("en/", StringComparison.Ordinal)).Select(f => f[3..]).ToList();

        Assert.Equal(vi, en);
        Assert.Contains("timeline/index.html", vi);
        Assert.Contains("figures/index.html", vi);
        Assert.Contains("status/index.html", vi);
    }

    [Fact]
    public void Every_page_has_hreflang_alternates_for_vi_en_and_x_default_that_exist()
    {
        var root = fixture.SiteUrl;
        var pages = LanguagePages().ToList();

        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var below = page[3..^"index.html".Length];
            var alternates = Built.Page(page).QuerySelectorAll("head link[rel=alternate][hreflang]")
                .Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href")))
                .ToList();
            Assert.True(alternates.SequenceEqual([("vi", root + "vi/" + below), ("en", root + "en/" + below), ("x-default", root + "vi/" + below)]),
                $"{page}: {string.Join(", ", alternates)}");
            Assert.True(Built.Exists("vi/" + below + "index.html") && Built.Exists("en/" + below + "index.html"), page);
        }
    }

    [Fact]
    public void Every_page_declares_the_language_of_its_folder()
    {
        foreach (var page in LanguagePages())
            Assert.Equal(page[..2], Built.Page(page).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void The_english_side_shows_no_vietnamese_text_unless_it_is_marked_as_vietnamese()
    {
        foreach (var page in Built.HtmlFiles().Where(f => f.StartsWith("en/", StringComparison.Ordinal)))
        {
            var document = Built.Page(page);
            Assert.DoesNotMatch(VietnameseLetter(), document.Title ?? "");
            foreach (var element in document.QuerySelectorAll("main *"))
            {
                var ownText = string.Concat(element.ChildNodes.OfType<AngleSharp.Dom.IText>().Select(t => t.Data));
                if (VietnameseLetter().IsMatch(ownText))
                    Assert.True(element.Closest("[lang]")?.GetAttribute("lang") == "vi", $"{page}: unmarked Vietnamese in {element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}");
            }
        }
    }

    [Fact]
    public void The_status_page_lists_every_translation_that_needs_work_and_counts_every_state()
    {
        var statuses = fixture.Result.TranslationStatuses;
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content", "vi"), "*.md", SearchOption.AllDirectories).Count(), statuses.Count);
        var expected = statuses
            .Where(s => s.State != TranslationState.Current)
            .Select(s => ($"{s.Section}/{s.Key}", "status-" + s.State.ToString().ToLowerInvariant()))
            .Order()
            .ToList();

        foreach (var lang in new[] { "vi", "en" })
        {
            var page = Built.Page($"{lang}/status/");
            var rows = page.QuerySelectorAll("table.status tbody tr")
                .Select(r => (r.QuerySelector("a")!.TextContent, r.ClassName!))
                .Order();
            Assert.Equal(expected, rows);
            // Every translation of the real content is up to date: the page says so instead of showing an empty table.
            Assert.Equal(expected.Count == 0, page.QuerySelector(".status-done") is not null);
            var counts = page.QuerySelectorAll(".status-counts strong").Select(c => int.Parse(c.TextContent)).ToList();
            Assert.Equal(Enum.GetValues<TranslationState>().Select(st => statuses.Count(s => s.State == st)), counts);
        }
    }

    public static TheoryData<string> TranslatedArticles() =>
        new(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "content", "en", "articles"), "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TranslatedArticles))]
    public void A_translated_article_has_a_parallel_view_with_one_aligned_row_per_block(string key)
    {
        foreach (var lang in new[] { "vi", "en" })
        {
            var rows = Built.Page($"{lang}/articles/{key}/parallel/").QuerySelectorAll(".parallel-row:not(.parallel-head)").ToList();
            var viBlocks = Built.Page($"vi/articles/{key}/").QuerySelector(".article-body")!.Children.Length;
            var enBlocks = Built.Page($"en/articles/{key}/").QuerySelector(".article-body")!.Children.Length;

            Assert.Equal(viBlocks, enBlocks);
            Assert.Equal(viBlocks, rows.Count);
            Assert.All(rows, r => Assert.False(r.ClassList.Contains("parallel-mismatch"), r.OuterHtml));
            Assert.All(rows, r => Assert.Equal(2, r.QuerySelectorAll("[role=cell]").Count(c => c.TextContent.Trim().Length > 0)));
        }
    }

    [Fact]
    public void The_sitemap_has_every_language_page_with_alternates_that_exist()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var sitemap = XDocument.Parse(Built.Raw("sitemap.xml"));
        var root = fixture.SiteUrl;

        var locs = sitemap.Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).Order(StringComparer.Ordinal).ToList();
        var pages = LanguagePages().Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).Select(f => root + f[..^"index.html".Length]).Order(StringComparer.Ordinal);

        Assert.Equal(pages, locs);
        foreach (var link in sitemap.Descendants(xhtml + "link"))
            Assert.True(Built.Exists(link.Attribute("href")!.Value[root.Length..] + "index.html"), link.ToString());
        Assert.Equal(locs.Count * 3, sitemap.Descendants(xhtml + "link").Count());
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void The_feed_of_each_language_is_atom_with_absolute_links_to_its_five_articles(string lang)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(Built.Raw($"{lang}/feed.xml"));

        var links = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "link")!.Attribute("href")!.Value).ToList();

        Assert.Equal(5, links.Count);
        Assert.All(links, l => Assert.StartsWith($"{fixture.SiteUrl}{lang}/articles/", l));
        Assert.All(links, l => Assert.True(Built.Exists(l[fixture.SiteUrl.Length..] + "index.html"), l));
    }

    // Letters only Vietnamese uses (not French or German accents), so an English page with one is showing Vietnamese.
    [GeneratedRegex("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();
}
