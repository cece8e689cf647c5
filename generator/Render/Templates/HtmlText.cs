using System.Text;

namespace StaticKb.Render.Templates;

/// <summary>
/// Escapes text for HTML element content and quoted attributes. Only the five characters that can change
/// the markup are replaced, so Vietnamese letters stay readable in the source and pages stay small.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
