using System.Globalization;
using System.Text.RegularExpressions;
using StaticKb.Model;

namespace StaticKb.Import.Dates;

/// <summary>A day and month written in the text, with the year if it was written too.</summary>
public sealed record DayMonth(int Day, int Month, int? Year, int Start, int Length)
{
    /// <summary>The date, taking the year from <paramref name="contextYear"/> (and marking it inferred) when none was written.</summary>
    public PartialDate? WithYear(int? contextYear)
    {
        if (Year is int y) return Valid(y) ? new PartialDate(y, Month, Day) : null;
        if (contextYear is int cy && Valid(cy)) return new PartialDate(cy, Month, Day, Inferred: true);
        return null;
    }

    private bool Valid(int year) => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month);
}

/// <summary>The ways Vietnamese news writes dates: "ngày 10/8/2022", "Chiều tối 22/7", "ngày 2 tháng 4 năm 2024", "Thứ 4, 03.04.2024".</summary>
public static partial class VietnameseDates
{
    /// <summary>
    /// A page's date line, "Thứ 4, 03.04.2024 | 09:12:20" or "Cập nhật: 03/04/2024 09:12 (GMT+7)": a full date and
    /// nothing else but a weekday, a time and separators. Such a line is never prose, so it is the publication date.
    /// </summary>
    public static PartialDate? HeaderDate(string line)
    {
        if (line.Length > 80) return null;
        var m = FullNumericDate().Match(line);
        if (!m.Success) return null;
        var rest = line.Remove(m.Index, m.Length);
        rest = Weekday().Replace(rest, " ");
        rest = ClockTime().Replace(rest, " ");
        rest = HeaderWords().Replace(rest, " ");
        if (rest.Any(c => !(char.IsWhiteSpace(c) || "|,-–—:/()".Contains(c)))) return null;
        return Date(Int(m, "y"), Int(m, "m"), Int(m, "d"));
    }

    /// <summary>
    /// Dates that say when something happened: a time-of-day or "ngày" cue followed by day/month, with or without
    /// the year ("Chiều 2/4", "sáng nay (5/6)", "ngày 10/8/2022", "ngày 2 tháng 4 năm 2024").
    /// A bare "2/4" without a cue is not taken: in prose it is as often a fraction or a ratio.
    /// </summary>
    public static IEnumerable<DayMonth> CuedDates(string text)
    {
        foreach (Match m in CuedDayMonth().Matches(text))
        {
            var g = m.Groups["date"];
            int? year = m.Groups["y"].Success ? Int(m, "y") : null;
            yield return new DayMonth(Int(m, "d"), Int(m, "m"), year, g.Index, g.Length);
        }
    }

    /// <summary>"ngày 10/8/2022" right at <paramref name="at"/> (after a document number): the document's date of issue.</summary>
    public static DayMonth? DateRightAfter(string text, int at)
    {
        var m = IssueDate().Match(text, at);
        if (!m.Success || m.Index != at) return null;
        var g = m.Groups["date"];
        int? year = m.Groups["y"].Success ? Int(m, "y") : null;
        return new DayMonth(Int(m, "d"), Int(m, "m"), year, g.Index, g.Length);
    }

    private static PartialDate? Date(int y, int m, int d) => PartialDate.TryParse($"{y:D4}-{m:D2}-{d:D2}", out _);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})[./-](?<m>\d{1,2})[./-](?<y>\d{4})(?!\d)")]
    private static partial Regex FullNumericDate();

    [GeneratedRegex(@"\b(?:Thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|Chủ\s*nhật|CN|T[2-7])\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b\d{1,2}[:hg]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?|\(?GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:Cập nhật|Ngày đăng|Đăng lúc|Đăng|Ngày|lúc|Thời gian|Xuất bản)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderWords();

    private const string Cue = @"(?:(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm)(?:\s+(?:tối|muộn|sớm|nay|qua|qua))?|[Nn]gày)";

    [GeneratedRegex(@"(?<![\p{L}\d])" + Cue + @"\s+\(?(?<date>(?<d>\d{1,2})(?:/|-|\s+tháng\s+)(?<m>\d{1,2})(?:(?:/|-|\s+năm\s+)(?<y>\d{4}))?)(?![\d/])")]
    private static partial Regex CuedDayMonth();

    [GeneratedRegex(@"\s*,?\s*(?:ban hành\s+)?ngày\s+(?<date>(?<d>\d{1,2})(?:/|-|\s+tháng\s+)(?<m>\d{1,2})(?:(?:/|-|\s+năm\s+)(?<y>\d{4}))?)(?![\d/])")]
    private static partial Regex IssueDate();
}
