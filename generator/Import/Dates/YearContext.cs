using System.Text.RegularExpressions;

namespace StaticKb.Import.Dates;

/// <summary>A year the article itself talks about, with the phrase that says so.</summary>
public sealed record ContextYear(int Year, string Evidence);

/// <summary>
/// Finds the year an article is about, for dates written without one ("Chiều tối 3/7"). Only years in phrases
/// that place the article in time count: "6 tháng cuối năm 2023", "năm 2024", "nửa cuối năm 2024". Years of
/// full dates ("ngày 10/8/2022" is when a document was issued) and targets ("đến năm 2030") do not.
/// The lead decides first, because it says what is happening now; otherwise the most frequent year, and on a
/// tie the latest, since articles look back at earlier years more often than forward.
/// </summary>
public static partial class YearContext
{
    public static ContextYear? Find(string lead, IEnumerable<string> body)
    {
        return Pick(Years(lead)) ?? Pick(body.SelectMany(Years));
    }

    private static ContextYear? Pick(IEnumerable<(int Year, string Phrase)> found)
    {
        var best = found
            .GroupBy(f => f.Year)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .FirstOrDefault();
        return best is null ? null : new ContextYear(best.Key, best.First().Phrase);
    }

    internal static IEnumerable<(int Year, string Phrase)> Years(string text)
    {
        foreach (Match m in YearPhrase().Matches(text))
        {
            var before = text[Math.Max(0, m.Index - 14)..m.Index];
            if (TargetCue().IsMatch(before)) continue;
            yield return (int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Value);
        }
    }

    /// <summary>"6 tháng cuối năm 2023", "nửa cuối năm 2024", "quý II năm 2025", "cả năm 2024", "năm 2024".</summary>
    [GeneratedRegex(@"(?:(?:\d{1,2}|sáu|chín|ba) tháng (?:đầu |cuối )?|nửa (?:đầu|cuối) |quý [IV]{1,3} |quý \d |cả |đầu |cuối )?(?<![/\d])[Nn]ăm (?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearPhrase();

    /// <summary>"đến năm 2030", "tầm nhìn năm 2045": a target, not the present.</summary>
    [GeneratedRegex(@"(?:đến|tới|tầm nhìn|trước|hết)\s*$")]
    private static partial Regex TargetCue();
}
