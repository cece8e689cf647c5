using System.Text;
using static StaticKb.Render.Charts.SvgText;

namespace StaticKb.Render.Charts;

/// <summary>One bar: its label (period), the value as shown, the numbers, and whether it is a target.</summary>
public sealed record Bar(string Label, string ValueText, FigureValue Value, bool IsTarget);

/// <summary>
/// A horizontal bar chart drawn at build time (rows read well on a narrow phone). A range such as a growth
/// target of 6.5–7% is drawn as a band from its low to its high end; targets and results differ in fill and
/// in pattern so the chart also reads in print and without colour.
/// </summary>
public static class BarChartSvg
{
    private const double Width = 360, LabelWidth = 170, BarMax = 120, Row = 40, Top = 8;

    public static string Render(IReadOnlyList<Bar> bars, string title, string description, string id)
    {
        if (bars.Count == 0) return "";
        var max = bars.Max(b => b.Value.High);
        if (max <= 0) max = 1;
        var height = Top * 2 + bars.Count * Row;
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(height)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        sb.Append($"<title id=\"{id}-title\">{Escape(title)}</title><desc id=\"{id}-desc\">{Escape(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = Top + i * Row;
            var x0 = LabelWidth + (b.Value.IsRange ? b.Value.Low / max * BarMax : 0);
            var x1 = LabelWidth + b.Value.High / max * BarMax;
            var kind = b.IsTarget ? "target" : "result";
            sb.Append($"<g class=\"bar bar-{kind}\">");
            sb.Append($"<text class=\"bar-label\" x=\"{N(LabelWidth - 8)}\" y=\"{N(y + 21)}\" text-anchor=\"end\">{Escape(Truncate(b.Label, 24))}</text>");
            sb.Append($"<rect class=\"bar-fill\" x=\"{N(x0)}\" y=\"{N(y + 6)}\" width=\"{N(Math.Max(2, x1 - x0))}\" height=\"{N(Row - 12)}\"/>");
            sb.Append($"<text class=\"bar-value\" x=\"{N(x1 + 6)}\" y=\"{N(y + 21)}\">{Escape(b.ValueText)}</text>");
            sb.Append("</g>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
