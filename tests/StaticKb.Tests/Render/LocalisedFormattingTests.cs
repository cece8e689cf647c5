using StaticKb.Model;
using StaticKb.Render.Formatting;

namespace StaticKb.Tests.Render;

/// <summary>
/// Dates and figures in each language, beyond the examples of FormattingTests: every month, no leading zeros, the
/// words Vietnamese figures carry ("gần 50") and the units that follow them.
/// </summary>
public class LocalisedFormattingTests
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static TheoryData<int> AllMonths() => new(Enumerable.Range(1, 12));

    [Theory]
    [MemberData(nameof(AllMonths))]
    public void Every_month_is_named_in_english_and_numbered_in_vietnamese(int month)
    {
        Assert.Equal($"1 {Months[month - 1]} 2025", DateFormatter.Format(new PartialDate(2025, month, 1), "en"));
        Assert.Equal($"{Months[month - 1]} 2025", DateFormatter.Format(new PartialDate(2025, month), "en"));
        Assert.Equal($"1 tháng {month} năm 2025", DateFormatter.Format(new PartialDate(2025, month, 1), "vi"));
        Assert.Equal($"tháng {month}/2025", DateFormatter.Format(new PartialDate(2025, month), "vi"));
    }

    [Fact]
    public void Days_and_months_have_no_leading_zero()
    {
        var date = PartialDate.TryParse("2022-08-05", out _)!;

        Assert.Equal("5 tháng 8 năm 2022", DateFormatter.Format(date, "vi"));
        Assert.Equal("5 August 2022", DateFormatter.Format(date, "en"));
    }

    [Fact]
    public void Whether_a_date_was_inferred_does_not_change_how_it_is_written()
    {
        Assert.Equal("July 2025", DateFormatter.Format(new PartialDate(2025, 7, Inferred: true), "en"));
    }

    [Theory]
    [InlineData("7,52%", "7.52%")]
    [InlineData("1.000.000", "1,000,000")]
    [InlineData("8,3 - 8,5", "8.3–8.5")]
    [InlineData("gần 50", "nearly 50")]
    [InlineData("gần 300", "nearly 300")]
    [InlineData("hơn 150", "more than 150")]
    [InlineData("khoảng 1.200", "about 1,200")]
    [InlineData("6 triệu", "6 million")]
    [InlineData("1,5 tỷ", "1.5 billion")]
    [InlineData("2 nghìn tỷ", "2 trillion")]
    [InlineData("253", "253")]
    public void English_figures_read_as_english(string vietnamese, string english)
    {
        Assert.Equal(english, NumberFormatter.Format(vietnamese, "en"));
    }

    [Theory]
    [InlineData("gần 50")]
    [InlineData("8,3 - 8,5")]
    [InlineData("1.000.000")]
    public void Vietnamese_figures_are_shown_as_written(string vietnamese)
    {
        Assert.Equal(vietnamese, NumberFormatter.Format(vietnamese, "vi"));
    }
}
