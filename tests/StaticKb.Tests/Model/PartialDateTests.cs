using StaticKb.Model;

namespace StaticKb.Tests.Model;

/// <summary>Dates known only to the year, the month or the day, and how they sort against each other.</summary>
public class PartialDateTests
{
    private static PartialDate Parse(string text)
    {
        var date = PartialDate.TryParse(text, out var error);
        Assert.True(date is not null, error);
        return date;
    }

    [Theory]
    [InlineData("2024", DatePrecision.Year, 2024, null, null)]
    [InlineData("2024-07", DatePrecision.Month, 2024, 7, null)]
    [InlineData("2024-04-02", DatePrecision.Day, 2024, 4, 2)]
    [InlineData(" 2024-04-02 ", DatePrecision.Day, 2024, 4, 2)]
    public void The_precision_is_what_the_text_says(string text, DatePrecision precision, int year, int? month, int? day)
    {
        var date = Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text.Trim(), date.Iso);
    }

    [Fact]
    public void The_leap_day_of_a_leap_year_is_a_real_date()
    {
        Assert.Equal(new PartialDate(2024, 2, 29), Parse("2024-02-29"));
    }

    [Theory]
    [InlineData("2024-02-30", "'2024-02-30' is not a real date: 2024-02 has 29 days")]
    [InlineData("2023-02-29", "'2023-02-29' is not a real date: 2023-02 has 28 days")]
    [InlineData("2024-04-31", "'2024-04-31' is not a real date: 2024-04 has 30 days")]
    [InlineData("2024-04-00", "'2024-04-00' is not a real date: 2024-04 has 30 days")]
    [InlineData("2024-13", "'2024-13' is not a real date: the month must be 01 to 12")]
    [InlineData("2024-00-10", "'2024-00-10' is not a real date: the month must be 01 to 12")]
    public void Impossible_calendar_dates_are_refused(string text, string expected)
    {
        Assert.Null(PartialDate.TryParse(text, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("02/04/2024")]
    [InlineData("2024-4-2")]
    [InlineData("April 2024")]
    [InlineData("2 tháng 4 năm 2024")]
    [InlineData("2024-04-02T10:00")]
    [InlineData("24-04-02")]
    [InlineData("")]
    public void Text_that_is_not_an_iso_date_is_refused(string text)
    {
        Assert.Null(PartialDate.TryParse(text, out var error));
        Assert.Equal($"'{text}' is not a date: write YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known", error);
    }

    [Fact]
    public void Inferred_is_carried_by_the_date()
    {
        var date = PartialDate.TryParse("2024", out _, inferred: true);

        Assert.True(date!.Inferred);
    }

    [Fact]
    public void Mixed_precisions_sort_by_their_first_day_and_then_the_less_precise_first()
    {
        var shuffled = new[] { "2024-01-02", "2023-07-03", "2024-01-01", "2024", "2023-07", "2024-01", "2023-07-01", "2023" }.Select(Parse);

        var sorted = shuffled.Order().Select(d => d.Iso);

        Assert.Equal(["2023", "2023-07", "2023-07-01", "2023-07-03", "2024", "2024-01", "2024-01-01", "2024-01-02"], sorted);
    }

    [Theory]
    [InlineData("2024", "2024-01-01")]
    [InlineData("2024-01-01", "2024-01-02")]
    [InlineData("2023-07", "2023-07-03")]
    [InlineData("2023-07", "2023-07-01")]
    [InlineData("2023-12-31", "2024")]
    [InlineData("2023", "2023-01")]
    public void The_first_date_comes_before_the_second(string earlier, string later)
    {
        Assert.True(Parse(earlier).CompareTo(Parse(later)) < 0);
        Assert.True(Parse(later).CompareTo(Parse(earlier)) > 0);
    }

    [Fact]
    public void A_year_still_sorts_before_a_day_late_in_that_year()
    {
        // The year 2024 stands for its first day: it sorts before 2024-12-31, not after it.
        Assert.True(Parse("2024").CompareTo(Parse("2024-12-31")) < 0);
    }

    [Fact]
    public void Whether_a_date_was_inferred_does_not_change_its_place()
    {
        Assert.Equal(0, new PartialDate(2024, Inferred: true).CompareTo(new PartialDate(2024)));
    }

    [Fact]
    public void Any_date_sorts_after_no_date()
    {
        Assert.True(Parse("2024").CompareTo(null) > 0);
    }

    [Theory]
    [InlineData("2024", "2024-01-01")]
    [InlineData("2024-07", "2024-07-01")]
    [InlineData("2024-04-02", "2024-04-02")]
    public void Start_is_the_first_day_the_date_can_stand_for(string text, string start)
    {
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Parse(text).Start);
    }
}
