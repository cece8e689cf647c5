using System.Globalization;
using AngleSharp.Dom;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// The key figures page: every figure of every article, and for each series recorded in two or more articles a
/// bar chart drawn at build time with its data table beside it, numbers written the way the page's language does.
/// </summary>
[Collection(KnowledgeSiteCollection.Name)]
public class FiguresPageTests(BuiltKnowledgeSite fixture)
{
    private BuiltSite Built => fixture.Built;

    private IElement Series(string lang, string series) => Built.Page($"{lang}/figures/").QuerySelector($"section#series-{series}")!;

    private static IReadOnlyList<string> TableValues(IElement section) =>
        section.QuerySelectorAll("table.figures tbody tr td.num").Select(td => td.TextContent).ToList();

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Only_series_with_at_least_two_figures_are_charted(string lang)
    {
        var charted = Built.Page($"{lang}/figures/").QuerySelectorAll("section.figure-series").Select(s => s.Id);

        Assert.Equal(["series-exports", "series-gdp-growth"], charted);
    }

    [Theory]
    [InlineData("vi", "exports")]
    [InlineData("en", "exports")]
    [InlineData("vi", "gdp-growth")]
    [InlineData("en", "gdp-growth")]
    public void A_chart_has_one_bar_per_figure_and_its_data_table_beside_it(string lang, string series)
    {
        var section = Series(lang, series);
        var holder = section.QuerySelector(".chart-with-table")!;
        var raw = holder.QuerySelector("figure.chart")!.InnerHtml;
        var svg = SvgDocuments.In(raw, "bar-chart").Single();

        var bars = svg.WithClass("bar").ToList();
        var values = TableValues(section);

        Assert.NotNull(holder.QuerySelector("table.figures"));
        Assert.Equal(values.Count, bars.Count);
        for (var i = 0; i < bars.Count; i++)
            Assert.StartsWith(bars[i].WithClass("bar-value").Single().Value, values[i]);
    }

    [Theory]
    [InlineData("en", new[] { "6.5–7%", "7.52%", "8.3–8.5%" })]
    [InlineData("vi", new[] { "6,5-7%", "7,52%", "8,3 - 8,5%" })]
    public void Numbers_are_written_the_way_the_pages_language_writes_them(string lang, string[] values)
    {
        Assert.Equal(values, TableValues(Series(lang, "gdp-growth")));
    }

    [Fact]
    public void Thousands_are_grouped_the_english_way_with_the_unit_in_english()
    {
        Assert.Equal(["1,200 million USD", "1,000 million USD"], TableValues(Series("en", "exports")));
    }

    [Fact]
    public void Targets_and_results_are_told_apart_in_the_chart_and_the_table()
    {
        var section = Series("en", "gdp-growth");
        var svg = SvgDocuments.In(section.InnerHtml, "bar-chart").Single();

        var barKinds = svg.WithClass("bar").Select(g => g.Attribute("class")!.Value).ToList();
        var periods = section.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent).ToList();

        Assert.Equal(["bar bar-target", "bar bar-result", "bar bar-target"], barKinds);
        Assert.Equal(["2023 (target)", "first half of 2023 (result)", "năm 2024 (target)"], periods);
    }

    [Fact]
    public void Longer_bars_stand_for_larger_values()
    {
        var svg = SvgDocuments.In(Series("en", "exports").InnerHtml, "bar-chart").Single();

        var widths = svg.WithClass("bar-fill").Select(r => double.Parse(r.Attribute("width")!.Value, CultureInfo.InvariantCulture)).ToList();

        // 1,200 then 1,000.
        Assert.Equal(1200.0 / 1000.0, widths[0] / widths[1], 2);
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void A_chart_is_an_image_with_a_title_and_a_description(string lang)
    {
        var svg = SvgDocuments.In(Series(lang, "gdp-growth").InnerHtml, "bar-chart").Single().Root!;

        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal(Series(lang, "gdp-growth").QuerySelector("h2")!.TextContent, svg.Element(SvgDocuments.Svg + "title")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(svg.Element(SvgDocuments.Svg + "desc")!.Value));
    }

    [Fact]
    public void Every_figure_of_every_article_is_in_the_table_of_all_figures_untranslated_ones_marked_as_vietnamese()
    {
        var rows = Built.Page("en/figures/").QuerySelectorAll("section[aria-labelledby=all-figures] tbody tr")
            .Select(tr => (tr.Children[0].TextContent, tr.Children[1].TextContent, tr.Children[0].GetAttribute("lang")))
            .ToList();

        Assert.Equal(
        [
            ("Growth target", "6.5–7%", null),
            ("Exports to Lang Son", "1,200 million USD", null),
            ("GDP growth", "7.52%", null),
            ("Exports to Lang Son", "1,000 million USD", null),
            ("Hoạt động xúc tiến thương mại", "nearly 50 hoạt động", "vi"),
            ("Mục tiêu tăng trưởng", "8.3–8.5%", "vi"),
        ], rows);
    }
}
