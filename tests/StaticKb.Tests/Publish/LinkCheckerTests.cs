using System.Text;
using StaticKb.Publish;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Publish;

/// <summary>The link check reads every page's ids and links (tags and attributes only) and resolves each internal link.</summary>
public class LinkCheckerTests
{
    private static OutputFile Page(string path, string html) => new(path, Encoding.UTF8.GetBytes(html));

    private static List<(string Page, string Link)> Broken(params OutputFile[] files) =>
        LinkChecker.Check(files, "/site/").Select(b => (b.Page, b.Link)).ToList();

    [Fact]
    public void Missing_pages_and_anchors_are_broken_and_existing_ones_are_not()
    {
        var broken = Broken(
            Page("vi/index.html", """
                <!doctype html><html><head><link rel="stylesheet" href="/site/assets/site.css"></head><body>
                <a href="/site/vi/articles/a/">ok</a> <a href="articles/a/#muc-2">ok anchor</a>
                <a href="/site/vi/articles/b/">missing page</a> <a href="articles/a/#khong-co">missing anchor</a>
                <a href="#top">own id</a> <a href="https://example.org/x">other host</a> <img src="/site/assets/missing.png" alt="">
                <form action="/site/vi/search/"><input name="q"></form><p id="top">…</p></body></html>
                """),
            Page("vi/articles/a/index.html", "<!doctype html><h2 id=\"muc-2\">Mục 2</h2><svg><g id=\"chart\"></g></svg>"),
            Page("vi/search/index.html", "<!doctype html><title>Tìm</title>"),
            Page("assets/site.css", "body{}"));

        Assert.Equal(
            [("vi/index.html", "/site/vi/articles/b/"), ("vi/index.html", "articles/a/#khong-co"), ("vi/index.html", "/site/assets/missing.png")],
            broken);
    }

    [Fact]
    public void Markup_inside_scripts_text_areas_and_titles_is_text_not_links()
    {
        var broken = Broken(Page("en/index.html", """
            <!doctype html><html><head><title>A <a href="/site/nowhere/">title</a></title>
            <script type="application/ld+json">{"about":"<a href='/site/nowhere/'>x</a>"}</script>
            <link rel="canonical" href="https://example.org/site/en/"><link rel="alternate" hreflang="vi" href="/site/vi/"></head>
            <body><textarea><a href="/site/nowhere/">x</a></textarea><a href="/site/gone/">after them</a></body></html>
            """));

        Assert.Equal([("en/index.html", "/site/gone/")], broken);
    }

    [Fact]
    public void A_check_that_remembers_the_last_one_finds_what_a_fresh_check_finds()
    {
        var memory = new LinkCheckMemory();
        void Same(params OutputFile[] files) => Assert.Equal(
            LinkChecker.Check(files, "/site/").Select(b => (b.Page, b.Link, b.Reason)).ToList(),
            LinkChecker.Check(files, "/site/", memory: memory).Select(b => (b.Page, b.Link, b.Reason)).ToList());

        var home = Page("vi/index.html", "<a href=\"/site/vi/a/#muc\">a</a> <a href=\"b/\">b</a> <a href=\"/site/vi/c/\">c</a>");
        var a = Page("vi/a/index.html", "<h2 id=\"muc\">Mục</h2>");
        var b = Page("vi/b/index.html", "<p>b</p>");
        Same(home, a, b);                                                            // c is missing
        Same(home, a, b, Page("assets/shard-1.json", "{}"));                         // a file nobody links to came
        Same(home, a, b, Page("vi/c/index.html", "<p>c</p>"));                       // c came, the shard went
        Same(home, a, Page("vi/c/index.html", "<p>c</p>"));                          // b went
        Same(home, Page("vi/a/index.html", "<h2 id=\"khac\">Khác</h2>"), b);       // a lost the anchor home links to
        Same(home, a, Page("vi/b/index.html", "<a href=\"../nowhere/\">x</a>"));    // a page changed
        Same(home, a, b);

        // Ids that change on a page other pages link into with a fragment, and on one nobody does.
        var toTop = Page("vi/d/index.html", "<a href=\"/site/vi/b/#dau\">b</a>");
        Same(home, a, b, toTop);                                                     // b has no "dau"
        Same(home, a, Page("vi/b/index.html", "<h1 id=\"dau\">b</h1>"), toTop);    // b gained it
        Same(home, Page("vi/a/index.html", "<h2 id=\"muc\">Mục</h2><p id=\"moi\">"), Page("vi/b/index.html", "<h1 id=\"dau\">b</h1>"), toTop);
        Same(home, Page("vi/a/index.html", "<h2 id=\"muc\">Mục</h2>"), b, toTop); // b lost it again
    }

    [Fact]
    public void A_build_reports_a_broken_link_in_an_article_body_read_once_for_search_and_links()
    {
        // Searchable pages (articles) are read once for both the search index and the link check.
        using var site = FixtureSite.Copy("bilingual");
        const string Article = "content/vi/articles/trien-khai-chi-thi-15.md";
        site.Write(Article, site.ReadText(Article) + "\nXem [trang không có](/vi/khong-co/) và [mục không có](#khong-co-muc).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        var broken = result.Diagnostics.Where(d => d.Message.StartsWith("broken link", StringComparison.Ordinal)).Select(d => d.Message).ToList();
        Assert.Contains(broken, m => m.Contains("/vi/khong-co/", StringComparison.Ordinal) && m.Contains("vi/articles/trien-khai-chi-thi-15/index.html", StringComparison.Ordinal));
        Assert.Contains(broken, m => m.Contains("#khong-co-muc", StringComparison.Ordinal));
    }
}
