using System.Globalization;
using StaticKb.Model;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Properties;

/// <summary>
/// Dates in front matter, over generated inputs: every real calendar day parses back to itself at day precision,
/// every impossible one is refused with a reason, and no text makes the parser throw.
/// </summary>
public class PartialDateProperties
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_real_day_parses_back_to_the_same_day(int seed)
    {
        var random = new RandomText(seed);
        for (var i = 0; i < 5000; i++)
        {
            var day = random.Day();
            var text = Iso(day);

            var date = PartialDate.TryParse(text, out var error);

            Assert.True(date is not null, $"{text}: {error}");
            Assert.Equal(DatePrecision.Day, date.Precision);
            Assert.Equal(day, date.Start);
            Assert.Equal(text, date.Iso);
        }
    }

    [Theory]
    [InlineData(1900)] // not a leap year
    [InlineData(2000)] // a leap year
    [InlineData(2023)]
    [InlineData(2024)]
    public void Every_day_of_a_year_parses_and_the_next_day_after_the_month_end_does_not(int year)
    {
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            Assert.Equal(day, PartialDate.TryParse(Iso(day), out _)!.Start);
        for (var month = 1; month <= 12; month++)
        {
            var text = $"{year:D4}-{month:D2}-{DateTime.DaysInMonth(year, month) + 1:D2}";
            Assert.Null(PartialDate.TryParse(text, out var error));
            Assert.Equal($"'{text}' is not a real date: {year:D4}-{month:D2} has {DateTime.DaysInMonth(year, month)} days", error);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Day_0_day_32_month_0_and_month_13_are_refused_in_any_year(int seed)
    {
        var random = new RandomText(seed);
        for (var i = 0; i < 2000; i++)
        {
            var year = random.Next(1, 10000);
            var month = random.Next(1, 13);
            foreach (var text in new[] { $"{year:D4}-{month:D2}-00", $"{year:D4}-{month:D2}-32", $"{year:D4}-00-01", $"{year:D4}-13-01", $"{year:D4}-13", $"{year:D4}-00" })
            {
                Assert.Null(PartialDate.TryParse(text, out var error));
                Assert.StartsWith($"'{text}' is not a real date: ", error);
            }
        }
    }

    [Fact]
    public void February_30_and_31_never_exist_and_february_29_only_in_leap_years()
    {
        for (var year = 1; year <= 9999; year++)
        {
            Assert.Null(PartialDate.TryParse($"{year:D4}-02-30", out _));
            Assert.Null(PartialDate.TryParse($"{year:D4}-02-31", out _));
            Assert.Equal(DateTime.IsLeapYear(year), PartialDate.TryParse($"{year:D4}-02-29", out _) is not null);
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void A_month_or_a_year_parses_to_its_own_precision_and_first_day(int seed)
    {
        var random = new RandomText(seed);
        for (var i = 0; i < 3000; i++)
        {
            var day = random.Day();
            var month = PartialDate.TryParse($"{day.Year:D4}-{day.Month:D2}", out _)!;
            var year = PartialDate.TryParse($"{day.Year:D4}", out _)!;

            Assert.Equal((DatePrecision.Month, new DateOnly(day.Year, day.Month, 1)), (month.Precision, month.Start));
            Assert.Equal((DatePrecision.Year, new DateOnly(day.Year, 1, 1)), (year.Precision, year.Start));
            // Sorting: the year, then its month, then the day.
            Assert.True(year.CompareTo(month) <= 0 && month.CompareTo(PartialDate.TryParse(Iso(day), out _)) <= 0);
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Any_ascii_text_is_parsed_or_refused_with_a_reason_never_thrown(int seed)
    {
        var random = new RandomText(seed);
        for (var i = 0; i < 20000; i++)
        {
            var text = random.Over("0123456789--- /.:T+Zabc", 0, 12);

            var date = PartialDate.TryParse(text, out var error);

            if (date is null) Assert.False(string.IsNullOrEmpty(error), text);
            else Assert.Equal(text.Trim(), date.Iso);
        }
    }
}
