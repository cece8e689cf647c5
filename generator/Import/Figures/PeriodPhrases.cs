using System.Text.RegularExpressions;

namespace StaticKb.Import.Figures;

/// <summary>The periods figures are given for: "6 tháng đầu năm 2025", "cả năm 2024", "quý II năm 2025", "giai đoạn 2021-2025".</summary>
internal static partial class PeriodPhrases
{
    public static IEnumerable<Match> In(string text) => Period().Matches(text);

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:\d{1,2}|sáu|chín|ba) tháng (?:đầu |cuối )?năm(?: \d{4})?|(?:nửa|quý [IVX]+|quý \d) (?:đầu |cuối )?năm \d{4}|từ đầu năm \d{4} đến nay|giai đoạn \d{4}\s*[-–]\s*\d{4}|(?:cả |đầu |cuối )?năm \d{4})(?!\d)")]
    private static partial Regex Period();
}
