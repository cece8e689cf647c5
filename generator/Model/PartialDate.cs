using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticKb.Model;

/// <summary>
/// A date known only as precisely as the sources allow: <c>2024</c>, <c>2024-07</c> or <c>2024-04-02</c>.
/// The ISO form carries the precision, so front matter needs no separate key for it.
/// <see cref="Inferred"/> marks a date whose year (or more) was deduced from context rather than stated.
/// </summary>
public sealed partial record PartialDate(int Year, int? Month = null, int? Day = null, bool Inferred = false)
    : IComparable<PartialDate>
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>ISO 8601 at the date's own precision, as used in front matter and <c>&lt;time datetime&gt;</c>.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>The earliest day the date can stand for; used to sort dates of mixed precision.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    public override string ToString() => Iso;

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>. Returns null and an explanation for anything else,
    /// including impossible calendar dates such as <c>2024-02-30</c>.
    /// </summary>
    public static PartialDate? TryParse(string text, out string? error, bool inferred = false)
    {
        error = null;
        var m = IsoShape().Match(text.Trim());
        if (!m.Success)
        {
            error = $"'{text}' is not a date: write YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known";
            return null;
        }
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1)
        {
            error = $"'{text}' is not a real date: there is no year 0000";
            return null;
        }
        if (month is < 1 or > 12)
        {
            error = $"'{text}' is not a real date: the month must be 01 to 12";
            return null;
        }
        if (day is not null && month is int mm && (day < 1 || day > DateTime.DaysInMonth(year, mm)))
        {
            error = $"'{text}' is not a real date: {year:D4}-{mm:D2} has {DateTime.DaysInMonth(year, mm)} days";
            return null;
        }
        return new PartialDate(year, month, day, inferred);
    }

    /// <summary>Chronological order; at equal start, the less precise date first (the year 2024 before 2024-01-01).</summary>
    public int CompareTo(PartialDate? other)
    {
        if (other is null) return 1;
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})(-(?<m>[0-9]{2})(-(?<d>[0-9]{2}))?)?\z")]
    private static partial Regex IsoShape();
}
