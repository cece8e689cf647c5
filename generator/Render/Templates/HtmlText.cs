using System.Buffers;
using System.Text;

namespace StaticKb.Render.Templates;

/// <summary>
/// Escapes text for HTML element content and quoted attributes. Only the five characters that can change
/// the markup are replaced, so Vietnamese letters stay readable in the source and pages stay small.
/// </summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        var rest = text.AsSpan();
        var at = rest.IndexOfAny(Special);
        if (at < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        // Copied a run at a time up to each character that needs escaping.
        for (; at >= 0; at = rest.IndexOfAny(Special))
        {
            sb.Append(rest[..at]).Append(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(at + 1)..];
        }
        return sb.Append(rest).ToString();
    }
}
