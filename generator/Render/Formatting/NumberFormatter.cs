using System.Text.RegularExpressions;

namespace StaticKb.Render.Formatting;

/// <summary>
/// Numbers are stored as Vietnamese writes them (<c>7,52</c>, <c>1.000</c>, <c>6,5-7</c>); English swaps the
/// decimal and thousands marks (<c>7.52</c>, <c>1,000</c>), uses an en dash in ranges (<c>6.5–7</c>) and
/// translates the few words figures carry (<c>gần 50</c> → <c>nearly 50</c>, <c>6 triệu</c> → <c>6 million</c>).
/// </summary>
public static partial class NumberFormatter
{
    // Words that travel with figures in Vietnamese news: "gần 50", "hơn 150", "6 triệu".
    private static readonly (string Vietnamese, string English)[] Qualifiers =
    [
        ("gần ", "nearly "), ("hơn ", "more than "), ("trên ", "over "), ("khoảng ", "about "), ("từ ", "from "),
        (" nghìn tỷ", " trillion"), (" tỷ", " billion"), (" triệu", " million"), (" nghìn", " thousand"),
    ];

    public static string Format(string vietnamese, string language)
    {
        if (language == "vi") return vietnamese;
        foreach (var (vi, en) in Qualifiers) vietnamese = vietnamese.Replace(vi, en, StringComparison.Ordinal);
        var swapped = Separator().Replace(vietnamese, m => m.Value == "," ? "." : ",");
        return NumericRange().Replace(swapped, "$1–$2");
    }

    // Vietnamese "1.000" groups thousands (exactly three digits after the dot); "7,52" is a decimal comma.
    [GeneratedRegex(@"(?<=\d)[,.](?=\d)")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(\d)\s*-\s*(\d)")]
    private static partial Regex NumericRange();
}
