using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using StaticKb.Diagnostics;

namespace StaticKb.Publish;

/// <summary>
/// Checks, before the site is published, that every internal link, anchor and asset of every page resolves to a
/// file (and element id) of the site being built. Links to other hosts are not followed.
/// </summary>
public static class LinkChecker
{
    public sealed record BrokenLink(string Page, string Link, string Reason);

    /// <summary>What the check needs of one page: the ids of its elements and the links it makes.</summary>
    public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Links);

    /// <param name="scan">Reads one page's ids and links (default: <see cref="Scan"/>).</param>
    /// <param name="threads">Pages parsed at once; null uses every core.</param>
    /// <param name="memory">
    /// The previous check of the same site (<c>statickb serve</c>), or null. A page with the same bytes as then is not
    /// read again, and keeps its findings while no file its links resolve to, or could, came or went and the pages
    /// its fragments point into kept their ids; otherwise its links are resolved again. The findings are the same
    /// as without memory.
    /// </param>
    public static IReadOnlyList<BrokenLink> Check(IReadOnlyList<OutputFile> files, string basePath, Func<OutputFile, PageLinks>? scan = null,
        int? threads = null, LinkCheckMemory? memory = null)
    {
        scan ??= Scan;
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        // Parsing is the cost and pages are independent: scanned on every core, then read in page order.
        var scanned = new PageLinks[pages.Count];
        var before = memory?.Pages;
        var read = 0;
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, i =>
        {
            // serve hands back a kept page's very bytes, and an unchanged page rendered again the same bytes.
            if (before is not null && before.TryGetValue(pages[i].Path, out var old)
                && (ReferenceEquals(old.Content, pages[i].Content) || old.Content.AsSpan().SequenceEqual(pages[i].Content)))
                scanned[i] = old.Scanned;
            else
            {
                scanned[i] = scan(pages[i]);
                Interlocked.Increment(ref read);
            }
        });
        return Check(paths, pages.Select(p => p.Path).ToList(), scanned, basePath, memory, pages.Select(p => p.Content).ToList(), read);
    }

    /// <summary>Checks pages read as they were written (a build that streams its pages to disk keeps no page whole).</summary>
    /// <param name="paths">Every file of the site.</param>
    /// <param name="pages">Each page, in the site's order, with what it was read for.</param>
    public static IReadOnlyList<BrokenLink> Check(IReadOnlySet<string> paths, IReadOnlyList<(string Path, PageLinks Links)> pages, string basePath) =>
        Check(paths.ToHashSet(StringComparer.Ordinal), pages.Select(p => p.Path).ToList(), pages.Select(p => p.Links).ToArray(), basePath, null, null, pages.Count);

    /// <param name="contents">With a memory: each page's bytes, remembered to know it again.</param>
    private static IReadOnlyList<BrokenLink> Check(HashSet<string> paths, IReadOnlyList<string> pages, PageLinks[] scanned, string basePath,
        LinkCheckMemory? memory, IReadOnlyList<byte[]>? contents, int read)
    {
        var before = memory?.Pages;
        var ids = new Dictionary<string, IReadOnlySet<string>>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) ids[pages[i]] = scanned[i].Ids;

        // Findings stay true while every link target is as it was: no file that a link resolved to (or could have)
        // came or went, and the pages whose ids a link's fragment was looked up in kept their ids. Other files may
        // come and go (serve's content-named search shards), and other pages may change their ids (an edited
        // article's headings): only the pages linking into those with a fragment are checked again.
        var targets = memory?.Targets is { } reached && memory.Paths is { } oldPaths
            && !oldPaths.Any(p => !paths.Contains(p) && reached.Contains(p)) && !paths.Any(p => !oldPaths.Contains(p) && reached.Contains(p))
            ? reached : null;
        var idsChanged = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; targets is not null && i < pages.Count; i++)
        {
            if (before!.TryGetValue(pages[i], out var old) && !ReferenceEquals(old.Scanned, scanned[i]) && !old.Scanned.Ids.SetEquals(scanned[i].Ids))
                idsChanged.Add(pages[i]);
        }
        var sameTargets = targets is not null;
        targets ??= new HashSet<string>(StringComparer.Ordinal);

        var broken = new List<BrokenLink>();
        var found = new Dictionary<string, LinkCheckMemory.PageFindings>(memory is null ? 0 : pages.Count, StringComparer.Ordinal);
        // A link from the site's root (every menu, entity and asset link) resolves the same on every page: once each.
        var fromRoot = new Dictionary<string, (string? Reason, string? IdsOf)>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            LinkCheckMemory.PageFindings findings;
            if (sameTargets && before!.TryGetValue(page, out var old) && ReferenceEquals(old.Scanned, scanned[i])
                && (idsChanged.Count == 0 || !old.IdsLookedUp.Overlaps(idsChanged)))
                findings = old;
            else
            {
                var list = new List<BrokenLink>();
                var idsLookedUp = new HashSet<string>(StringComparer.Ordinal);
                foreach (var link in scanned[i].Links)
                {
                    (string? Reason, string? IdsOf) result;
                    if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
                    {
                        if (!fromRoot.TryGetValue(link, out result)) fromRoot[link] = result = Resolve(page, link, basePath, paths, ids, targets);
                    }
                    else result = Resolve(page, link, basePath, paths, ids, targets);
                    if (result.IdsOf is not null) idsLookedUp.Add(result.IdsOf);
                    if (result.Reason is not null) list.Add(new BrokenLink(page, link, result.Reason));
                }
                findings = new LinkCheckMemory.PageFindings(contents?[i] ?? [], scanned[i], list, idsLookedUp);
            }
            broken.AddRange(findings.Broken);
            if (memory is null) continue;
            // The same bytes in a new array (a page rendered again alike): remember the array the next build hands back.
            if (!ReferenceEquals(findings.Content, contents![i])) findings = findings with { Content = contents[i] };
            found[page] = findings;
        }
        if (memory is not null)
        {
            memory.Paths = paths;
            memory.Pages = found;
            memory.Targets = targets;
            memory.LastScanned = read;
        }
        return broken;
    }

    /// <summary>
    /// Reads a page's element ids and links with AngleSharp's tokenizer alone: the check needs tags and attributes,
    /// not a document tree, and building one for every page of a large site was most of the check's time. Raw-text
    /// elements (script, style, textarea, title) are switched into their own modes as a parser would, so text in them
    /// is never read as markup.
    /// </summary>
    public static PageLinks Scan(OutputFile file) => Scan(System.Text.Encoding.UTF8.GetString(file.Content));

    /// <inheritdoc cref="Scan(OutputFile)"/>
    /// <remarks>
    /// The tokenizer is told to pass over text and comments, to keep only the attributes the check reads and not to
    /// track line and column (which it did for every character), and it reads the page in place rather than a copy of
    /// it; its tokens are read as structs: the check needs no string of a page's text, nor an object per token.
    /// </remarks>
    public static PageLinks Scan(string html) => Scan(html.AsMemory());

    /// <inheritdoc cref="Scan(string)"/>
    public static PageLinks Scan(ReadOnlyMemory<char> html)
    {
        var links = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var tokenizer = new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            DisableElementPositionTracking = true,
            SkipRawText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
            ShouldEmitAttribute = static (ref _, name) => IsRead(name.Span),
        };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type != HtmlTokenType.StartTag) continue;
            Read(ref token, ids, links);
            tokenizer.State = ModeAfter(token.Name.Memory.Span, token.IsSelfClosing);
        }
        return new PageLinks(ids, links);
    }

    /// <summary>The attributes the check reads: the tokenizer may drop every other.</summary>
    internal static bool IsRead(ReadOnlySpan<char> attribute) =>
        attribute is "id" or "href" or "src" or "action" or "rel";

    /// <summary>What a start tag gives the check: its id, and the link it makes (canonical and alternate links are absolute, to the public site).</summary>
    /// <remarks>The Index stage reads searchable pages with the same tokenizer and calls this too, so the build need not read them twice.</remarks>
    internal static void Read(ref StructHtmlToken tag, HashSet<string> ids, List<string> links)
    {
        string? id = null, href = null, src = null, action = null, rel = null;
        // The attributes are a struct, copied on every read of tag.Attributes: read once.
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            switch (attribute.Name.Memory.Span)
            {
                case "id": id ??= attribute.Value.ToString(); break;
                case "href": href ??= attribute.Value.ToString(); break;
                case "src": src ??= attribute.Value.ToString(); break;
                case "action": action ??= attribute.Value.ToString(); break;
                case "rel": rel ??= attribute.Value.ToString(); break;
            }
        }
        if (!string.IsNullOrEmpty(id)) ids.Add(id);
        var url = tag.Name.Memory.Span switch
        {
            "a" or "link" => href,
            "script" or "img" => src,
            "form" => action,
            _ => null,
        };
        if (url is not null && rel is not ("canonical" or "alternate")) links.Add(url);
    }

    /// <summary>The tokenizer's mode after a start tag: raw-text elements get their own, as a parser does, so their text is never read as markup.</summary>
    internal static HtmlParseMode ModeAfter(ReadOnlySpan<char> tagName, bool selfClosing) => selfClosing ? HtmlParseMode.PCData : tagName switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        _ => HtmlParseMode.PCData,
    };

    /// <param name="targets">Receives the files the link resolves to or could have (what would change its finding).</param>
    /// <returns>Why the link is broken (null if it is not), and the page whose ids its fragment was looked up in.</returns>
    private static (string? Reason, string? IdsOf) Resolve(string page, string link, string basePath, HashSet<string> paths, Dictionary<string, IReadOnlySet<string>> ids,
        HashSet<string> targets)
    {
        if (link.Length == 0) return ("empty link", null);
        if (link.StartsWith("//", StringComparison.Ordinal) || link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
            return (null, null);
        var hashAt = link.IndexOf('#');
        var fragment = hashAt >= 0 ? Uri.UnescapeDataString(link[(hashAt + 1)..]) : null;
        var pathPart = hashAt >= 0 ? link[..hashAt] : link;
        var queryAt = pathPart.IndexOf('?');
        if (queryAt >= 0) pathPart = pathPart[..queryAt];

        string target;
        if (pathPart.Length == 0) target = page;
        else if (pathPart.StartsWith('/'))
        {
            if (!pathPart.StartsWith(basePath, StringComparison.Ordinal)) return ($"outside the site's base path {basePath}", null);
            target = pathPart[basePath.Length..];
        }
        else
        {
            var dir = page.Contains('/') ? page[..(page.LastIndexOf('/') + 1)] : "";
            target = Normalize(dir + pathPart);
        }
        target = Uri.UnescapeDataString(target);
        if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
        targets.Add(target);
        targets.Add(target + "/index.html");
        if (!paths.Contains(target))
        {
            if (paths.Contains(target + "/index.html")) target += "/index.html";
            else return ("no such file in the site", null);
        }
        if (string.IsNullOrEmpty(fragment)) return (null, null);
        if (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment))
            return ($"no element with id '{fragment}' on {target}", target);
        return (null, target);
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

/// <summary>What one link check found, page by page, kept for the next check of the same site (<c>statickb serve</c>).</summary>
public sealed class LinkCheckMemory
{
    internal HashSet<string>? Paths { get; set; }

    /// <summary>Every file a remembered link resolved to, or could have (with <c>/index.html</c>).</summary>
    internal HashSet<string>? Targets { get; set; }

    internal Dictionary<string, PageFindings> Pages { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Pages the last check had to read (the others had the same bytes as the time before).</summary>
    public int LastScanned { get; internal set; }

    /// <param name="Content">The page's bytes as they were read.</param>
    /// <param name="IdsLookedUp">Pages whose element ids the page's links with a fragment were checked against.</param>
    internal sealed record PageFindings(byte[] Content, LinkChecker.PageLinks Scanned, IReadOnlyList<LinkChecker.BrokenLink> Broken, IReadOnlySet<string> IdsLookedUp);

    public void Clear()
    {
        Paths = null;
        Targets = null;
        Pages = new(StringComparer.Ordinal);
    }
}
