using StaticKb.Render.Pages;

namespace StaticKb.Tests.Render;

/// <summary>A pager shows the first and last page and the pages near the current one, whatever the number of pages.</summary>
public class PagerTests
{
    private static string Row(int page, int total) =>
        string.Join(' ', Pager.Build(page, total, n => "/p" + n).Pages.Select(p => p.Current ? $"[{p.Label}]" : p.Label));

    [Theory]
    [InlineData(1, 1, "[1]")]
    [InlineData(1, 3, "[1] 2 3")]
    [InlineData(3, 5, "1 2 [3] 4 5")]
    [InlineData(1, 1000, "[1] 2 3 … 1000")]
    [InlineData(500, 1000, "1 … 498 499 [500] 501 502 … 1000")]
    [InlineData(1000, 1000, "1 … 998 999 [1000]")]
    [InlineData(4, 7, "1 2 3 [4] 5 6 7")]
    public void Shows_the_ends_and_the_neighbourhood_of_the_current_page(int page, int total, string expected) =>
        Assert.Equal(expected, Row(page, total));

    [Fact]
    public void Gaps_have_no_link_and_numbers_link_to_their_page()
    {
        var pager = Pager.Build(10, 20, n => "/p" + n);
        Assert.Equal("/p9", pager.PrevUrl);
        Assert.Equal("/p11", pager.NextUrl);
        Assert.All(pager.Pages.Where(p => p.Label == "…"), p => Assert.Null(p.Url));
        Assert.All(pager.Pages.Where(p => p.Label != "…"), p => Assert.Equal("/p" + p.Label, p.Url));
        Assert.Null(Pager.Build(1, 20, n => "/p" + n).PrevUrl);
        Assert.Null(Pager.Build(20, 20, n => "/p" + n).NextUrl);
    }

    [Theory]
    [InlineData(0, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    [InlineData(5000, 20, 250)]
    public void Counts_pages_of_a_list(int items, int perPage, int pages) => Assert.Equal(pages, Pager.PageCount(items, perPage));
}
