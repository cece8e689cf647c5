using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticKb.Render.Charts;

/// <summary>A figure's value as numbers: <c>7,52</c> → 7.52; <c>6,5-7</c> → 6.5 to 7; <c>1.000</c> → 1000.</summary>
public sealed partial record FigureValue(double Low, double High)
{
    public bool IsRange => High > Low;

    public static FigureValue? Parse(string vietnamese)
    {
        var m = Shape().Match(vietnamese);
        if (!m.Success) return null;
        var sign = m.Groups["neg"].Success ? -1 : 1;
        var scale = Scale(vietnamese[(m.Index + m.Length)..]);
        var low = sign * Number(m.Groups["a"].Value) * scale;
        var high = m.Groups["b"].Success ? Number(m.Groups["b"].Value) * scale : low;
        return new FigureValue(Math.Min(low, high), Math.Max(low, high));
    }

    // "6 triệu" is six million: the word after the number scales it.
    private static double Scale(string rest)
    {
        var word = rest.TrimStart();
        if (word.StartsWith("nghìn tỷ", StringComparison.Ordinal) || word.StartsWith("ngàn tỷ", StringComparison.Ordinal)) return 1e12;
        if (word.StartsWith("tỷ", StringComparison.Ordinal)) return 1e9;
        if (word.StartsWith("triệu", StringComparison.Ordinal)) return 1e6;
        if (word.StartsWith("nghìn", StringComparison.Ordinal) || word.StartsWith("ngàn", StringComparison.Ordinal)) return 1e3;
        return 1;
    }

    // Vietnamese writes thousands with '.' (1.000) and decimals with ',' (7,52).
    private static double Number(string text) =>
        double.Parse(text.Replace(".", "").Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![0-9,.])(?<neg>[-−])?(?<a>[0-9]+(?:\.[0-9]{3})*(?:,[0-9]+)?)(?:\s*[-–]\s*(?<b>[0-9]+(?:\.[0-9]{3})*(?:,[0-9]+)?))?")]
    private static partial Regex Shape();
}
