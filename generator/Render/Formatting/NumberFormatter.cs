using System.Text.RegularExpressions;

namespace StaticKb.Render.Formatting;

/// <summary>
/// Numbers are stored as Vietnamese writes them (<c>7,52</c>, <c>1.000</c>, <c>6,5-7</c>); English swaps the
/// decimal and thousands marks (<c>7.52</c>, <c>1,000</c>) and uses an en dash in ranges (<c>6.5–7</c>).
/// </summary>
public static partial class NumberFormatter
{
    public static string Format(string vietnamese, string language)
    {
        if (language == "vi") return vietnamese;
        var swapped = Separator().Replace(vietnamese, m => m.Value == "," ? "." : ",");
        return NumericRange().Replace(swapped, "$1–$2");
    }

    // Vietnamese "1.000" groups thousands (exactly three digits after the dot); "7,52" is a decimal comma.
    [GeneratedRegex(@"(?<=\d)[,.](?=\d)")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(\d)\s*-\s*(\d)")]
    private static partial Regex NumericRange();
}
