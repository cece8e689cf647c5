using System.Text;
using StaticKb.Publish;

namespace StaticKb.Index;

/// <summary>
/// Reads a rendered page the way a reader sees it (with AngleSharp's HTML tokenizer, not regexes) and keeps what
/// search needs. Conventions the templates follow:
/// <list type="bullet">
/// <item><c>&lt;meta name="statickb:kind" content="article"&gt;</c>: pages without it are not searchable;</item>
/// <item>title: the first <c>h1</c> in <c>main</c> (else the document's <c>title</c>); headings: its <c>h2</c>, <c>h3</c>, <c>h4</c>;</item>
/// <item>body: the element marked <c>data-search-body</c>, else <c>main</c>;</item>
/// <item>entity names: each <c>a.entity</c> in <c>main</c>, its text and its <c>data-gloss</c> (the name in the other language);</item>
/// <item>document numbers: every <c>data-doc-number</c> attribute in <c>main</c>.</item>
/// </list>
/// Elements that readers do not see as text (script, style, svg, hidden or <c>data-search-ignore</c> elements …) are
/// left out. Text is NFC with whitespace collapsed: a run of spaces becomes one space, or one line break where a
/// block (paragraph, list item, heading …) ends, so that no bigram joins the end of one paragraph to the next.
/// </summary>
/// <remarks>
/// Reading pages was most of the Index stage's time (7.8 s of it at 1,000 pairs when each was parsed into a tree).
/// Pages that cannot be searchable are now passed over unread, and the others are read as a stream of tags and text
/// (<see cref="SearchPageReader"/>), which allocates no tree (2.8–3.4 s). The tests hold the result to a tree-based
/// reading of the same rules on every page the templates produce.
/// </remarks>
public static class SearchDocumentExtractor
{
    /// <summary>Elements whose content is not read as text (nor anything inside them).</summary>
    internal static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "canvas", "button", "select",
    };

    /// <summary>Elements that start and end a line of text.</summary>
    internal static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul",
    };

    /// <summary>Marks, in collected text, where a block starts or ends; line breaks inside a text node are only layout.</summary>
    internal const char BlockEnd = '\u2029';

    internal const string KindMetaName = "statickb:kind";

    public static SearchDocument? FromHtml(string id, string html) => Read(id, html).Document;

    /// <returns>
    /// The page's search document (null if it is not searchable), and, when the page was read, its ids and links as
    /// <see cref="LinkChecker.Scan"/> finds them (null if it was passed over).
    /// </returns>
    public static (SearchDocument? Document, LinkChecker.PageLinks? Links) Read(string id, string html) => Read(id, html.AsMemory());

    /// <inheritdoc cref="Read(string, string)"/>
    public static (SearchDocument? Document, LinkChecker.PageLinks? Links) Read(string id, ReadOnlyMemory<char> html)
    {
        // A page without the kind's name anywhere in it cannot have the meta; most pages that are not searchable
        // (lists, parallel texts, mentions) are passed over without being read.
        if (html.Span.IndexOf(KindMetaName, StringComparison.OrdinalIgnoreCase) < 0) return (null, null);
        var page = SearchPageReader.Read(html, withinMain: true);
        // Without a main element the page's whole body is read, as a browser's reader view would.
        if (!string.IsNullOrEmpty(page.Kind) && !page.SawMain) page = SearchPageReader.Read(html, withinMain: false);
        if (string.IsNullOrEmpty(page.Kind)) return (null, page.Links);

        return (new SearchDocument(
            id,
            page.Kind,
            page.Title ?? Collapse(page.DocumentTitle ?? ""),
            page.Headings.Where(h => h.Length > 0).ToArray(),
            page.Body,
            Distinct(page.EntityNames),
            Distinct(page.DocumentNumbers)), page.Links);
    }

    private static string[] Distinct(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Whitespace runs become one space, or one line break if a block ended in the run; NFC.</summary>
    internal static string Collapse(string text) => Collapse(new StringBuilder(text));

    internal static string Collapse(StringBuilder text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (c == BlockEnd) pendingBreak = true;
                    else pendingSpace = true;
                    continue;
                }
                if (sb.Length > 0 && (pendingBreak || pendingSpace)) sb.Append(pendingBreak ? '\n' : ' ');
                pendingSpace = pendingBreak = false;
                sb.Append(c);
            }
        }
        return SearchText.Nfc(sb.ToString());
    }
}
