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
        var low = Number(m.Groups["a"].Value);
        var high = m.Groups["b"].Success ? Number(m.Groups["b"].Value) : low;
        return new FigureValue(Math.Min(low, high), Math.Max(low, high));
    }

    // Vietnamese writes thousands with '.' (1.000) and decimals with ',' (7,52).
    private static double Number(string text) =>
        double.Parse(text.Replace(".", "").Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<a>\d+(?:\.\d{3})*(?:,\d+)?)(?:\s*[-–]\s*(?<b>\d+(?:\.\d{3})*(?:,\d+)?))?")]
    private static partial Regex Shape();
}
