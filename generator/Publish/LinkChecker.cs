using AngleSharp.Html.Parser;
using StaticKb.Diagnostics;

namespace StaticKb.Publish;

/// <summary>
/// Checks, before anything is written, that every internal link, anchor and asset of every page resolves to a
/// file (and element id) of the site being built. Links to other hosts are not followed.
/// </summary>
public static class LinkChecker
{
    public sealed record BrokenLink(string Page, string Link, string Reason);

    /// <summary>What the check needs of one page: the ids of its elements and the links it makes.</summary>
    public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Links);

    /// <param name="scan">Reads one page's ids and links; <c>statickb serve</c> passes one that remembers unchanged pages.</param>
    /// <param name="threads">Pages parsed at once; null uses every core.</param>
    public static IReadOnlyList<BrokenLink> Check(IReadOnlyList<OutputFile> files, string basePath, Func<OutputFile, PageLinks>? scan = null,
        int? threads = null)
    {
        scan ??= Scan;
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var links = new List<(string Page, string Link)>();
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        // Parsing is the cost and pages are independent: scanned on every core, then read in page order.
        var scanned = new PageLinks[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, i => scanned[i] = scan(pages[i]));
        for (var i = 0; i < pages.Count; i++)
        {
            ids[pages[i].Path] = scanned[i].Ids;
            links.AddRange(scanned[i].Links.Select(link => (pages[i].Path, link)));
        }
        var broken = new List<BrokenLink>();
        foreach (var (page, link) in links)
        {
            var reason = Resolve(page, link, basePath, paths, ids);
            if (reason is not null) broken.Add(new BrokenLink(page, link, reason));
        }
        return broken;
    }

    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public static PageLinks Scan(OutputFile file)
    {
        using var doc = Parser.Value!.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
        var links = new List<string>();
        foreach (var el in doc.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]"))
        {
            var url = el.GetAttribute("href") ?? el.GetAttribute("src") ?? el.GetAttribute("action");
            if (url is not null && el.GetAttribute("rel") is not ("canonical" or "alternate")) links.Add(url);
        }
        return new PageLinks(doc.All.Select(e => e.Id).OfType<string>().ToHashSet(StringComparer.Ordinal), links);
    }

    private static string? Resolve(string page, string link, string basePath, HashSet<string> paths, Dictionary<string, IReadOnlySet<string>> ids)
    {
        if (link.Length == 0) return "empty link";
        if (link.StartsWith("//", StringComparison.Ordinal) || link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
            return null;
        var hashAt = link.IndexOf('#');
        var fragment = hashAt >= 0 ? Uri.UnescapeDataString(link[(hashAt + 1)..]) : null;
        var pathPart = hashAt >= 0 ? link[..hashAt] : link;
        var queryAt = pathPart.IndexOf('?');
        if (queryAt >= 0) pathPart = pathPart[..queryAt];

        string target;
        if (pathPart.Length == 0) target = page;
        else if (pathPart.StartsWith('/'))
        {
            if (!pathPart.StartsWith(basePath, StringComparison.Ordinal)) return $"outside the site's base path {basePath}";
            target = pathPart[basePath.Length..];
        }
        else
        {
            var dir = page.Contains('/') ? page[..(page.LastIndexOf('/') + 1)] : "";
            target = Normalize(dir + pathPart);
        }
        target = Uri.UnescapeDataString(target);
        if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
        if (!paths.Contains(target))
        {
            if (paths.Contains(target + "/index.html")) target += "/index.html";
            else return "no such file in the site";
        }
        if (!string.IsNullOrEmpty(fragment) && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment)))
            return $"no element with id '{fragment}' on {target}";
        return null;
    }

    private static string Normalize(string path)
    {
        var stack = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..") { if (stack.Count > 0) stack.RemoveAt(stack.Count - 1); }
            else if (part != ".") stack.Add(part);
        }
        return string.Join('/', stack);
    }
}
