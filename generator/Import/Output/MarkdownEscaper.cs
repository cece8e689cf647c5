using System.Text;
using System.Text.RegularExpressions;

namespace StaticKb.Import.Output;

/// <summary>
/// Backslash-escapes text so Markdown (CommonMark plus Markdig's extensions) renders it as the same text.
/// Inline: characters that open emphasis, code, links, HTML, tables, strike-through, super/subscript and
/// annotations. At the start of a line: headings, quotes, list markers, thematic breaks and container fences.
/// Every escaped character is ASCII punctuation, which CommonMark guarantees a backslash makes literal.
/// </summary>
public static partial class MarkdownEscaper
{
    private const string AlwaysEscaped = "\\`*_[]<|~^$";

    public static string Escape(string text, bool atLineStart)
    {
        var sb = new StringBuilder(text.Length + 8);
        var start = 0;
        if (atLineStart && LineStart().Match(text) is { Success: true } m)
        {
            // Escape the marker's significant character: "1. " → "1\. ", "# " → "\# ", "- " → "\- ".
            var g = m.Groups["c"];
            sb.Append(EscapeInline(text[..g.Index])).Append('\\').Append(text[g.Index]);
            start = g.Index + 1;
        }
        sb.Append(EscapeInline(text[start..]));
        return sb.ToString();
    }

    private static string EscapeInline(string text)
    {
        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (AlwaysEscaped.Contains(c)
                || (c is '=' or '+' && next == c)                       // ==mark==, ++inserted++
                || (c == '&' && EntityLike().IsMatch(text.AsSpan(i))))  // &amp; &#39;
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A line that Markdown would read as a block marker; group "c" is the character to escape.</summary>
    [GeneratedRegex(@"^(?:(?<c>[#>])|(?<c>[-+*])(?:\s|$)|\d{1,9}(?<c>[.)])(?:\s|$)|(?<c>[-=*_])(?:\s*[-=*_]){2,}\s*$|(?<c>:):{2})")]
    private static partial Regex LineStart();

    [GeneratedRegex(@"^&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex EntityLike();
}
