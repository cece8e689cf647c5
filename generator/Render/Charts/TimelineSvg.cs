using System.Text;
using StaticKb.Model;
using static StaticKb.Render.Charts.SvgText;

namespace StaticKb.Render.Charts;

/// <summary>
/// Draws the timeline as an SVG at build time: a vertical time axis (it fits a phone's width), one mark per
/// entry at its date, and a label beside it. A date known only to the year or month is drawn as a bar over
/// that span, so the picture is as precise as the sources and no more. Labels that would overlap are pushed
/// down and joined to their mark by a leader line. The picture is an image with a title and description;
/// the list of entries beside it is the accessible text alternative.
/// </summary>
public static class TimelineSvg
{
    private const double Width = 480, AxisX = 62, LabelX = 92, Top = 28, YearHeight = 170, LineHeight = 22;

    public static string Render(IReadOnlyList<TimelineMark> marks, string title, string description, string idPrefix)
    {
        var dated = marks;
        var sb = new StringBuilder();
        if (dated.Count == 0) return "";
        var firstYear = dated.Min(m => m.Date.Year);
        var lastYear = dated.Max(m => m.Date.Year);
        double Y(DateOnly d) => Top + (d.Year - firstYear + (d.DayOfYear - 1) / (DateTime.IsLeapYear(d.Year) ? 366.0 : 365.0)) * YearHeight;

        var axisEnd = Y(new DateOnly(lastYear + 1, 1, 1));
        var labelYs = new List<double>();
        var next = 0.0;
        foreach (var m in dated)
        {
            var y = Math.Max(Y(m.Date.Start), next);
            labelYs.Add(y);
            next = y + LineHeight;
        }
        var height = Math.Max(axisEnd, next) + 16;

        sb.Append($"<svg class=\"timeline-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(height)}\" role=\"img\" aria-labelledby=\"{idPrefix}-title {idPrefix}-desc\">");
        sb.Append($"<title id=\"{idPrefix}-title\">{Escape(title)}</title>");
        sb.Append($"<desc id=\"{idPrefix}-desc\">{Escape(description)}</desc>");
        sb.Append($"<line class=\"tl-axis\" x1=\"{N(AxisX)}\" y1=\"{N(Top)}\" x2=\"{N(AxisX)}\" y2=\"{N(axisEnd)}\"/>");
        for (var year = firstYear; year <= lastYear + 1; year++)
        {
            var y = Y(new DateOnly(year, 1, 1));
            sb.Append($"<line class=\"tl-tick\" x1=\"{N(AxisX - 8)}\" y1=\"{N(y)}\" x2=\"{N(AxisX)}\" y2=\"{N(y)}\"/>");
            if (year <= lastYear) sb.Append($"<text class=\"tl-year\" x=\"{N(AxisX - 14)}\" y=\"{N(y + 5)}\" text-anchor=\"end\">{year}</text>");
        }
        for (var i = 0; i < dated.Count; i++)
        {
            var m = dated[i];
            var start = Y(m.Date.Start);
            var kind = m.IsConference ? "conference" : "document";
            sb.Append($"<g class=\"tl-mark tl-{kind}\"><title>{Escape(m.Label)}</title>");
            if (m.Date.Precision != DatePrecision.Day)
            {
                var end = m.Date.Precision == DatePrecision.Year ? new DateOnly(m.Date.Year + 1, 1, 1) : m.Date.Start.AddMonths(1);
                sb.Append($"<rect class=\"tl-span\" x=\"{N(AxisX - 3)}\" y=\"{N(start)}\" width=\"6\" height=\"{N(Y(end) - start)}\" rx=\"3\"/>");
            }
            sb.Append(m.IsConference
                ? $"<circle class=\"tl-dot\" cx=\"{N(AxisX)}\" cy=\"{N(start)}\" r=\"6\"/>"
                : $"<rect class=\"tl-dot\" x=\"{N(AxisX - 5)}\" y=\"{N(start - 5)}\" width=\"10\" height=\"10\" transform=\"rotate(45 {N(AxisX)} {N(start)})\"/>");
            var labelY = labelYs[i];
            sb.Append($"<polyline class=\"tl-leader\" points=\"{N(AxisX + 7)},{N(start)} {N(LabelX - 8)},{N(labelY)} {N(LabelX - 4)},{N(labelY)}\"/>");
            sb.Append($"<text class=\"tl-label\" x=\"{N(LabelX)}\" y=\"{N(labelY + 5)}\">{Escape(ShortenMiddle(m.Label, 44))}</text>");
            sb.Append("</g>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
