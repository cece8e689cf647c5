using System.Text.RegularExpressions;

namespace StaticKb.Import.Layout;

/// <summary>
/// A headline for a seed that has no title line, made only of the lead's own words: the first clause of its
/// first sentence, without the dateline and the time ("BẮC NINH - Chiều tối 22/7,"), skipping a framing clause
/// ("Trước tình hình …,") for the clause that carries the verb, without the tense word "đã" that headlines drop,
/// and cut at a phrase boundary to stay short. Always marked for review.
/// </summary>
public static partial class TitleDeriver
{
    public const int Limit = 90;
    private const int Tolerance = 96;
    private const int MinAtBoundary = 40;

    public static string Derive(string lead)
    {
        var sentence = FirstSentence().Match(lead).Value.Trim();
        sentence = Dateline().Replace(sentence, "");
        var clauses = ClauseBreak().Split(sentence).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (clauses.Count > 1 && TimeOnly().IsMatch(clauses[0])) clauses.RemoveAt(0);
        if (clauses.Count == 0) return Shorten(sentence);

        var chosen = clauses[0];
        if (Framing().IsMatch(chosen) && clauses.Skip(1).FirstOrDefault(c => Verb().IsMatch(c)) is { } main) chosen = main;
        chosen = Tense().Replace(chosen, " ");
        chosen = chosen.TrimEnd('.', ';', ':', '!', '?', '…', ' ');
        return VietnameseText.CapitaliseFirst(Shorten(chosen));
    }

    private static string Shorten(string text)
    {
        if (text.Length <= Limit) return text;
        var boundary = Boundary().Matches(text).Where(b => b.Index >= MinAtBoundary && b.Index <= Tolerance).LastOrDefault();
        if (boundary is not null) return text[..boundary.Index];
        var space = text.LastIndexOf(' ', Limit);
        return space > 0 ? text[..space] : text[..Limit];
    }

    [GeneratedRegex(@"^.*?(?:[.!?](?=\s+\p{Lu})|$)")]
    private static partial Regex FirstSentence();

    [GeneratedRegex(@"^\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}\s+[-–—]\s+")]
    private static partial Regex Dateline();

    // A decimal comma ("6,5") is never followed by a space, so ", " is always a clause break.
    [GeneratedRegex(@",\s+|;\s+|:\s+")]
    private static partial Regex ClauseBreak();

    /// <summary>"Chiều tối 3/7", "Sáng nay", "Ngày 10/8/2022", "Hôm qua (2/4)": when, not what.</summary>
    [GeneratedRegex(@"^(?:(?:Sáng|Trưa|Chiều|Tối|Đêm|Hôm|Ngày)(?:\s+(?:tối|muộn|sớm|nay|qua))?(?:\s+\(?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?\)?)?)$")]
    private static partial Regex TimeOnly();

    [GeneratedRegex(@"^(?:Trước|Trong|Sau|Theo|Nhằm|Để|Với|Tại|Từ|Qua|Bên cạnh|Cùng với|Thực hiện|Triển khai)\s")]
    private static partial Regex Framing();

    [GeneratedRegex(@"\s(?:đã|đang|sẽ|được|cần|phải|tiếp tục|vẫn|đều|cũng|luôn)\s")]
    private static partial Regex Verb();

    [GeneratedRegex(@"\sđã\s")]
    private static partial Regex Tense();

    [GeneratedRegex(@"\s(?=(?:do|tại|nhằm|để|phục vụ|góp phần|với|trong|của|về|theo|vào)\s)")]
    private static partial Regex Boundary();
}
