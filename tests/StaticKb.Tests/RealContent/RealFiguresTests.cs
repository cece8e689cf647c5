using StaticKb.Render.Charts;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.RealContent;

/// <summary>
/// The key figures of the repository's own articles (issue 6): each series recorded in two or more articles is a
/// chart with one bar per figure beside its data table; English shows 7.52% and 6.5–7%.
/// </summary>
[Collection(RealSiteCollection.Name)]
public class RealFiguresTests(BuiltRealSite fixture)
{
    private BuiltSite Built => fixture.Built;

    private IReadOnlyDictionary<string, int> SeriesSizes() =>
        fixture.Linked.Articles
            .SelectMany(a => a.Primary("vi").Figures)
            .Where(f => f.Series is not null && FigureValue.Parse(f.Value) is not null)
            .GroupBy(f => f.Series!)
            .ToDictionary(g => g.Key, g => g.Count());

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Each_series_of_two_or_more_figures_is_a_chart_with_one_bar_per_figure_and_its_table(string lang)
    {
        var expected = SeriesSizes().Where(s => s.Value >= 2).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var page = Built.Page($"{lang}/figures/");

        var sections = page.QuerySelectorAll("section.figure-series").ToList();

        Assert.Equal(expected.Select(s => "series-" + s.Key), sections.Select(s => s.Id));
        foreach (var (section, (_, count)) in sections.Zip(expected))
        {
            var svg = SvgDocuments.In(section.InnerHtml, "bar-chart").Single();
            Assert.Equal(count, svg.WithClass("bar").Count());
            Assert.Equal(count, section.QuerySelectorAll(".chart-with-table table.figures tbody tr").Length);
        }
    }

    [Fact]
    public void The_series_the_articles_share_are_charted()
    {
        Assert.Contains("gdp-growth", SeriesSizes().Keys);
        Assert.True(SeriesSizes()["gdp-growth"] >= 2);
        Assert.NotNull(Built.Page("en/figures/").QuerySelector("section#series-gdp-growth svg.bar-chart"));
    }

    [Fact]
    public void English_shows_growth_as_7_52_percent_and_the_target_as_6_5_to_7_percent()
    {
        var values = Built.Page("en/figures/").QuerySelectorAll("section#series-gdp-growth td.num").Select(td => td.TextContent).ToList();

        Assert.Contains("7.52%", values);
        Assert.Contains("6.5–7%", values);
        Assert.Contains("8.3–8.5%", values);
        Assert.DoesNotContain(values, v => v.Contains(','));
    }

    [Fact]
    public void Vietnamese_shows_the_figures_as_the_sources_write_them()
    {
        var values = Built.Page("vi/figures/").QuerySelectorAll("section#series-gdp-growth td.num").Select(td => td.TextContent).ToList();

        Assert.Contains("7,52%", values);
        Assert.Contains("6,5-7%", values);
    }

    [Fact]
    public void An_article_page_shows_its_figures_in_the_readers_number_format()
    {
        var key = fixture.Linked.Articles.Single(a => a.Primary("vi").Figures.Any(f => f.Value == "7,52")).Key;

        var cells = Built.Page($"en/articles/{key}/").QuerySelectorAll("table.figures td.num").Select(td => td.TextContent).ToList();

        Assert.Contains("7.52%", cells);
        Assert.Contains(cells, c => c.StartsWith("nearly 50 ", StringComparison.Ordinal)); // "gần 50" in the source
    }
}
