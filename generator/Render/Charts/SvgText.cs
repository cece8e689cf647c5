using System.Globalization;

namespace StaticKb.Render.Charts;

/// <summary>Small helpers for build-time SVG: invariant numbers (never "12,5" in a coordinate) and text escaping.</summary>
public static class SvgText
{
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Escape(string text) => Templates.HtmlText.Escape(text);

    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(text.LastIndexOf(' ', max - 1) is var i and > 10 ? i : max - 1)] + "…";
}
