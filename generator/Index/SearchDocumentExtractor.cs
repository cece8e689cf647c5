using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticKb.Index;

/// <summary>
/// Reads a rendered page the way a reader sees it (parsed with AngleSharp, not matched with regexes) and
/// keeps what search needs. Conventions the templates follow:
/// <list type="bullet">
/// <item><c>&lt;meta name="statickb:kind" content="article"&gt;</c>: pages without it are not searchable;</item>
/// <item>title: the first <c>h1</c> in <c>main</c>; headings: its <c>h2</c>, <c>h3</c>, <c>h4</c>;</item>
/// <item>body: the element marked <c>data-search-body</c>, else <c>main</c>;</item>
/// <item>entity names: each <c>a.entity</c> in <c>main</c>, its text and its <c>data-gloss</c> (the name in the other language);</item>
/// <item>document numbers: every <c>data-doc-number</c> attribute in <c>main</c>.</item>
/// </list>
/// Text is NFC with whitespace collapsed: a run of spaces becomes one space, or one line break where a block
/// (paragraph, list item, heading …) ends, so that no bigram joins the end of one paragraph to the next.
/// </summary>
public static class SearchDocumentExtractor
{
    // One parser per thread: the Index stage reads pages on every core, and a parser is not documented as safe to share.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "canvas", "button", "select",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul",
    };

    public static SearchDocument? FromHtml(string id, string html)
    {
        var document = Parser.Value!.ParseDocument(html);
        var kind = document.QuerySelector("meta[name='statickb:kind']")?.GetAttribute("content")?.Trim();
        if (string.IsNullOrEmpty(kind)) return null;

        var main = document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var h1 = main.QuerySelector("h1");
        var title = h1 is not null ? Text(h1) : Collapse(document.Title ?? "");
        var headings = main.QuerySelectorAll("h2, h3, h4").Select(Text).Where(t => t.Length > 0).ToArray();
        var bodyElement = main.QuerySelector("[data-search-body]") ?? main;

        var entityNames = new List<string>();
        foreach (var link in main.QuerySelectorAll("a.entity"))
        {
            entityNames.Add(Text(link));
            var gloss = link.GetAttribute("data-gloss");
            if (gloss is not null) entityNames.Add(Collapse(gloss));
        }

        var documentNumbers = main.QuerySelectorAll("[data-doc-number]")
            .Select(e => Collapse(e.GetAttribute("data-doc-number") ?? ""));

        return new SearchDocument(
            id,
            kind,
            title,
            headings,
            Text(bodyElement),
            Distinct(entityNames),
            Distinct(documentNumbers));
    }

    private static string[] Distinct(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    private static string Text(IElement element)
    {
        var sb = new StringBuilder();
        AppendText(element, sb);
        return Collapse(sb.ToString());
    }

    private static void AppendText(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                sb.Append(text.Data);
            }
            else if (child is IElement element)
            {
                if (Skipped.Contains(element.LocalName) || element.HasAttribute("hidden") || element.HasAttribute("data-search-ignore"))
                    continue;
                var block = Blocks.Contains(element.LocalName);
                if (block) sb.Append(BlockEnd);
                AppendText(element, sb);
                if (block) sb.Append(BlockEnd);
            }
        }
    }

    // Line breaks inside a text node are only layout; this marks where a block starts or ends.
    private const char BlockEnd = '\u2029';

    /// <summary>Whitespace runs become one space, or one line break if a block ended in the run; NFC.</summary>
    internal static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
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
        return SearchText.Nfc(sb.ToString());
    }
}
