using System.Globalization;

namespace StaticKb.Render.Charts;

/// <summary>Small helpers for build-time SVG: invariant numbers (never "12,5" in a coordinate) and text escaping.</summary>
public static class SvgText
{
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Escape(string text) => Templates.HtmlText.Escape(text);

    /// <summary>
    /// Shortens a long label to its first and last words around an ellipsis, at word boundaries. Long names of a
    /// series (conferences) share their opening words and differ at the end, so cutting only the end would draw
    /// the same label for each.
    /// </summary>
    public static string ShortenMiddle(string text, int max)
    {
        if (text.Length <= max) return text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = new List<string>();
        var tail = new List<string>();
        int Length() => string.Join(' ', head).Length + string.Join(' ', tail).Length + 3;
        for (int i = 0, j = words.Length - 1; i <= j;)
        {
            // Alternate, the head up to about half the room first, then whatever fits at the end.
            if (Length() + words[i].Length + 1 <= max / 2 + 1) head.Add(words[i++]);
            else if (Length() + words[j].Length + 1 <= max) tail.Insert(0, words[j--]);
            else break;
        }
        return head.Count == 0 || tail.Count == 0 ? Truncate(text, max) : string.Join(' ', head) + " … " + string.Join(' ', tail);
    }

    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(text.LastIndexOf(' ', max - 1) is var i and > 10 ? i : max - 1)] + "…";
}
