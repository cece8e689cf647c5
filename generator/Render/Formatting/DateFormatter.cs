using StaticKb.Model;

namespace StaticKb.Render.Formatting;

/// <summary>
/// Dates as each language writes them, at the precision the sources support:
/// <c>2 tháng 4 năm 2024</c> / <c>2 April 2024</c>, <c>tháng 7/2025</c> / <c>July 2025</c>, <c>2024</c>.
/// </summary>
public static class DateFormatter
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(PartialDate date, string language) => (language, date.Precision) switch
    {
        ("vi", DatePrecision.Day) => $"{date.Day} tháng {date.Month} năm {date.Year}",
        ("vi", DatePrecision.Month) => $"tháng {date.Month}/{date.Year}",
        (_, DatePrecision.Day) => $"{date.Day} {EnglishMonths[date.Month!.Value - 1]} {date.Year}",
        (_, DatePrecision.Month) => $"{EnglishMonths[date.Month!.Value - 1]} {date.Year}",
        _ => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
