using StaticKb.Model;
using StaticKb.Render.Formatting;

namespace StaticKb.Tests.Render;

/// <summary>Dates and numbers as each language writes them.</summary>
public class FormattingTests
{
    [Theory]
    [InlineData(2024, 4, 2, "vi", "2 tháng 4 năm 2024")]
    [InlineData(2024, 4, 2, "en", "2 April 2024")]
    [InlineData(2025, 7, null, "vi", "tháng 7/2025")]
    [InlineData(2025, 7, null, "en", "July 2025")]
    [InlineData(2024, null, null, "vi", "2024")]
    [InlineData(2024, null, null, "en", "2024")]
    [InlineData(2023, 12, 31, "en", "31 December 2023")]
    public void Dates_are_written_at_their_own_precision(int year, int? month, int? day, string lang, string expected)
    {
        Assert.Equal(expected, DateFormatter.Format(new PartialDate(year, month, day), lang));
    }

    [Theory]
    [InlineData("7,52", "7.52")]
    [InlineData("1.000", "1,000")]
    [InlineData("6,5-7", "6.5–7")]
    [InlineData("6,5 - 7", "6.5–7")]
    [InlineData("15", "15")]
    [InlineData("-3,2", "-3.2")]
    public void English_swaps_decimal_and_thousands_marks_and_uses_an_en_dash_in_ranges(string vietnamese, string english)
    {
        Assert.Equal(english, NumberFormatter.Format(vietnamese, "en"));
        Assert.Equal(vietnamese, NumberFormatter.Format(vietnamese, "vi"));
    }

    [Fact]
    public void A_built_english_page_shows_figures_the_english_way()
    {
        using var site = Support.FixtureSite.Copy("bilingual");
        var file = "content/en/articles/trien-khai-chi-thi-15.md";
        site.Write(file, site.ReadText(file).Replace("conferences:", "figures:\n  - value: \"7,52\"\n    unit: \"%\"\n    measure: GDP growth\nconferences:"));
        Assert.True(site.Build().Succeeded);

        var cell = new Support.BuiltSite(site.OutputDir).Page("en/articles/trien-khai-chi-thi-15/").QuerySelector("table.figures td.num")!;

        Assert.Equal("7.52%", cell.TextContent);
    }
}
