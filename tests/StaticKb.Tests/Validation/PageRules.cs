using System.IO.Compression;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticKb.Tests.Validation;

/// <summary>
/// Publishing rules every built page must keep (issue 8), checked on the HTML as written:
/// a Content-Security-Policy of <c>default-src 'self'</c>, no inline script but JSON-LD, no inline event handlers,
/// no resource from another host, <c>lang</c> on <c>&lt;html&gt;</c>, and at most 50 KB gzip before search is used.
/// </summary>
public static class PageRules
{
    public const int BudgetBytes = 50 * 1024;

    private static readonly HtmlParser Parser = new();

    /// <summary>What a page breaks, as readable sentences; empty when it keeps every rule.</summary>
    public static IReadOnlyList<string> Check(string html, Uri siteBase)
    {
        using var doc = Parser.ParseDocument(html);
        var problems = new List<string>();

        var policies = doc.QuerySelectorAll("meta[http-equiv]")
            .Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content") ?? "")
            .ToList();
        if (!policies.Any(p => Directive(p, "default-src") == "'self'"))
            problems.Add("no <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">");
        if (policies.Any(p => p.Contains("unsafe-inline", StringComparison.Ordinal) || p.Contains("unsafe-eval", StringComparison.Ordinal)))
            problems.Add("the Content-Security-Policy allows unsafe-inline or unsafe-eval");
        if (doc.QuerySelectorAll("meta[http-equiv]").Any(m => m.ParentElement?.LocalName != "head"))
            problems.Add("a CSP meta outside <head> is ignored by browsers");

        foreach (var script in doc.QuerySelectorAll("script:not([src])"))
        {
            if (script.GetAttribute("type") != "application/ld+json")
                problems.Add($"inline <script{(script.GetAttribute("type") is { } t ? $" type=\"{t}\"" : "")}> (only JSON-LD may be inline): {Shorten(script.TextContent)}");
        }
        foreach (var element in doc.All)
        {
            foreach (var attribute in element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                problems.Add($"inline event handler {attribute.Name}=\"{Shorten(attribute.Value)}\" on <{element.LocalName}>");
            if (element.GetAttribute("href")?.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) == true)
                problems.Add($"javascript: URL on <{element.LocalName}>");
        }

        foreach (var (element, url) in ResourceUrls(doc))
        {
            if (OtherHost(url, siteBase)) problems.Add($"<{element.LocalName}> loads {url} from another host");
        }

        var lang = doc.DocumentElement.GetAttribute("lang");
        if (lang is not ("vi" or "en")) problems.Add($"<html lang=\"{lang}\"> is neither vi nor en");
        return problems;
    }

    /// <summary>
    /// Bytes a reader downloads for a page before using search, gzip-compressed as GitHub Pages serves them: the
    /// HTML, its stylesheets and its scripts (lunr.js and the index load only when a search box is used). Images are
    /// not counted.
    /// </summary>
    public static long TransferredBytes(string siteRoot, string page, string basePath)
    {
        var html = File.ReadAllBytes(Path.Combine(siteRoot, page));
        using var doc = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        var assets = doc.QuerySelectorAll("link[rel~=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Distinct()
            .Select(url => AssetFile(siteRoot, page, url, basePath));
        return Gzipped(html) + assets.Sum(file => Gzipped(File.ReadAllBytes(file)));
    }

    public static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }

    private static string AssetFile(string siteRoot, string page, string url, string basePath)
    {
        var path = url.Split('#', '?')[0];
        var relative = path.StartsWith(basePath, StringComparison.Ordinal)
            ? path[basePath.Length..]
            : Path.GetRelativePath(siteRoot, Path.GetFullPath(Path.Combine(siteRoot, Path.GetDirectoryName(page) ?? "", path)));
        var file = Path.Combine(siteRoot, Uri.UnescapeDataString(relative));
        return File.Exists(file) ? file : throw new FileNotFoundException($"{page} links to {url}, which is not in the site", file);
    }

    private static IEnumerable<(IElement Element, string Url)> ResourceUrls(IDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll("link[href]")) yield return (e, e.GetAttribute("href")!);
        foreach (var e in doc.QuerySelectorAll("script[src], img[src], iframe[src], embed[src], audio[src], video[src], source[src], track[src], input[src]"))
            yield return (e, e.GetAttribute("src")!);
        foreach (var e in doc.QuerySelectorAll("img[srcset], source[srcset]"))
            foreach (var candidate in e.GetAttribute("srcset")!.Split(','))
                yield return (e, candidate.Trim().Split(' ')[0]);
        foreach (var e in doc.QuerySelectorAll("object[data]")) yield return (e, e.GetAttribute("data")!);
        foreach (var e in doc.QuerySelectorAll("video[poster]")) yield return (e, e.GetAttribute("poster")!);
    }

    /// <summary>An absolute or protocol-relative URL whose host (or port) is not the site's own.</summary>
    private static bool OtherHost(string url, Uri siteBase)
    {
        url = url.Trim();
        if (url.StartsWith("//", StringComparison.Ordinal)) url = siteBase.Scheme + ":" + url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        return !string.Equals(uri.Authority, siteBase.Authority, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Directive(string policy, string name) => policy.Split(';')
        .Select(d => d.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(parts => parts.Length > 0 && string.Equals(parts[0], name, StringComparison.OrdinalIgnoreCase))
        .Select(parts => string.Join(' ', parts.Skip(1)))
        .FirstOrDefault();

    private static string Shorten(string text) => text.Length > 60 ? text[..60].Trim() + "…" : text.Trim();
}
