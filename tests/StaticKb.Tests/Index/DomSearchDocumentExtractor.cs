using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// The reference for <see cref="SearchDocumentExtractor"/>: the same conventions read from a whole document tree
/// built by AngleSharp's parser, with CSS selectors. The generator reads pages with the tokenizer alone, which is
/// several times faster; the parity tests hold the two to the same result on every page the templates produce.
/// </summary>
internal static class DomSearchDocumentExtractor
{
    // One parser per thread: the Index stage reads pages on every core, and a parser is not documented as safe to share.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public static SearchDocument? FromHtml(string id, string html)
    {
        var document = Parser.Value!.ParseDocument(html);
        var kind = document.QuerySelector("meta[name='statickb:kind']")?.GetAttribute("content")?.Trim();
        if (string.IsNullOrEmpty(kind)) return null;

        var main = document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var h1 = main.QuerySelector("h1");
        var title = h1 is not null ? Text(h1) : SearchDocumentExtractor.Collapse(document.Title ?? "");
        var headings = main.QuerySelectorAll("h2, h3, h4").Select(Text).Where(t => t.Length > 0).ToArray();
        var bodyElement = main.QuerySelector("[data-search-body]") ?? main;

        var entityNames = new List<string>();
        foreach (var link in main.QuerySelectorAll("a.entity"))
        {
            entityNames.Add(Text(link));
            var gloss = link.GetAttribute("data-gloss");
            if (gloss is not null) entityNames.Add(SearchDocumentExtractor.Collapse(gloss));
        }

        var documentNumbers = main.QuerySelectorAll("[data-doc-number]")
            .Select(e => SearchDocumentExtractor.Collapse(e.GetAttribute("data-doc-number") ?? ""));

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
        return SearchDocumentExtractor.Collapse(sb.ToString());
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
                if (SearchDocumentExtractor.Skipped.Contains(element.LocalName) || element.HasAttribute("hidden") || element.HasAttribute("data-search-ignore"))
                    continue;
                var block = SearchDocumentExtractor.Blocks.Contains(element.LocalName);
                if (block) sb.Append(SearchDocumentExtractor.BlockEnd);
                AppendText(element, sb);
                if (block) sb.Append(SearchDocumentExtractor.BlockEnd);
            }
        }
    }
}
