using System.Text;
using StaticKb.Publish;

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
}
