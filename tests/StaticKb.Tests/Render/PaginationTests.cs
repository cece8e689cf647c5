using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>Article lists split into pages of <c>articles_per_page</c>, linked by a pager.</summary>
public class PaginationTests
{
    [Fact]
    public void Articles_are_split_into_linked_pages()
    {
        using var site = FixtureSite.Copy("bilingual");
        site.Write("site.yml", site.ReadText("site.yml").Replace("articles_per_page: 10", "articles_per_page: 1"));
        Assert.True(site.Build().Succeeded);
        var built = new BuiltSite(site.OutputDir);

        Assert.True(built.Exists("vi/articles/index.html"));
        Assert.True(built.Exists("vi/articles/page/2/index.html"));
        Assert.True(built.Exists("vi/articles/page/3/index.html"));
        Assert.False(built.Exists("vi/articles/page/1/index.html"), "page 1 is the list itself");
        Assert.False(built.Exists("vi/articles/page/4/index.html"));

        var middle = built.Page("vi/articles/page/2/");
        Assert.Equal("/repo/vi/articles/", middle.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/repo/vi/articles/page/3/", middle.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2", middle.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Single(middle.QuerySelectorAll(".article-item"));
        Assert.Null(built.Page("vi/articles/").QuerySelector("a[rel=prev]"));
        Assert.Null(built.Page("vi/articles/page/3/").QuerySelector("a[rel=next]"));
    }
}
