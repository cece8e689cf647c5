using System.Xml.Linq;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Publish;

/// <summary>
/// The Atom feed of each language and the sitemap: well-formed XML a reader or crawler accepts, absolute URLs to
/// pages that exist, titles as text whatever they contain, and hreflang alternates for every language page.
/// </summary>
[Collection(KnowledgeSiteCollection.Name)]
public class FeedAndSitemapTests(BuiltKnowledgeSite fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private const string Root = BuiltKnowledgeSite.SiteUrl;

    private BuiltSite Built => fixture.Built;

    private XDocument Feed(string lang) => XDocument.Parse(Built.Raw($"{lang}/feed.xml"));

    /// <summary>The output file an absolute URL of this site is served from, or null.</summary>
    private string? FileFor(string url)
    {
        if (!url.StartsWith(Root, StringComparison.Ordinal)) return null;
        var path = url[Root.Length..];
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        return Built.Exists(file) ? file : null;
    }

    [Theory]
    [InlineData("vi", 4)]
    [InlineData("en", 3)]
    public void A_feed_is_atom_with_one_entry_per_article_written_in_its_language(string lang, int articles)
    {
        var feed = Feed(lang).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(lang, feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal(articles, feed.Elements(Atom + "entry").Count());
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Every_url_in_a_feed_is_absolute_and_leads_to_a_page_of_the_site(string lang)
    {
        var feed = Feed(lang);
        var urls = feed.Descendants(Atom + "id").Select(e => e.Value)
            .Concat(feed.Descendants(Atom + "link").Select(l => l.Attribute("href")!.Value))
            .ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.True(Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == "https", u));
        Assert.All(urls, u => Assert.True(FileFor(u) is not null, $"{u} is not a file of the site"));
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Entries_are_newest_first(string lang)
    {
        var updated = Feed(lang).Root!.Elements(Atom + "entry").Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();

        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal(updated[0], DateTimeOffset.Parse(Feed(lang).Root!.Element(Atom + "updated")!.Value));
    }

    [Theory]
    [InlineData("vi", "Bản tin <script>alert(\"x\")</script> & ]]> đặc biệt", "Tóm tắt có <b>thẻ</b> & ký hiệu")]
    [InlineData("en", "Bulletin <script>alert(\"x\")</script> & ]]> special", "Summary with <b>tags</b> & signs")]
    public void A_title_with_markup_and_ampersands_is_text_in_the_feed(string lang, string title, string summary)
    {
        var entry = Feed(lang).Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.EndsWith("/ban-tin-dac-biet/", StringComparison.Ordinal));
        var raw = Built.Raw($"{lang}/feed.xml");

        Assert.Equal(title, entry.Element(Atom + "title")!.Value);
        Assert.Equal(summary, entry.Element(Atom + "summary")!.Value);
        Assert.Null(entry.Element(Atom + "title")!.Attribute("type")); // plain text, not html
        Assert.DoesNotContain("<script>", raw);
        Assert.DoesNotContain("<b>", raw);
    }

    [Fact]
    public void The_sitemap_lists_every_language_page_once()
    {
        var locs = XDocument.Parse(Built.Raw("sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        var pages = Built.HtmlFiles()
            .Where(f => (f.StartsWith("vi/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal)) && f.EndsWith("index.html", StringComparison.Ordinal))
            .Select(f => Root + f[..^"index.html".Length]);
        Assert.Equal(pages.Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct().Count());
    }

    [Fact]
    public void Every_sitemap_entry_has_alternates_for_both_languages_and_the_default()
    {
        var urls = XDocument.Parse(Built.Raw("sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();

        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            var loc = url.Element(Sitemap + "loc")!.Value;
            var below = loc[(Root.Length + 3)..];
            var alternates = url.Elements(Xhtml + "link").Select(l => (l.Attribute("rel")!.Value, l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value));
            Assert.Equal([("alternate", "vi", Root + "vi/" + below), ("alternate", "en", Root + "en/" + below), ("alternate", "x-default", Root + "vi/" + below)], alternates);
            Assert.All(url.Elements(Xhtml + "link"), l => Assert.NotNull(FileFor(l.Attribute("href")!.Value)));
        }
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap()
    {
        var lines = Built.Raw("robots.txt").ReplaceLineEndings("\n").Split('\n');

        Assert.Contains($"Sitemap: {Root}sitemap.xml", lines);
        Assert.Contains("User-agent: *", lines);
        Assert.DoesNotContain("Disallow: /", lines);
    }

    [Theory]
    [InlineData("vi/")]
    [InlineData("en/articles/trien-khai-chi-thi-20/")]
    public void Pages_announce_the_feed_of_their_language(string page)
    {
        var lang = page[..2];
        var link = Built.Page(page).QuerySelector("link[rel=alternate][type='application/atom+xml']")!;

        Assert.Equal($"/repo/{lang}/feed.xml", link.GetAttribute("href"));
    }
}
