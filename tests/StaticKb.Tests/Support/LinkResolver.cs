using AngleSharp.Dom;

namespace StaticKb.Tests.Support;

/// <summary>One URL a page points at, and where: <c>a[href]</c>, <c>link[href]</c>, <c>script[src]</c> and the like.</summary>
public sealed record PageLink(string Page, string Selector, string Url)
{
    public override string ToString() => $"{Page}: {Selector} = {Url}";
}

/// <summary>
/// Resolves the links of a built site the way a static host serving it at <c>origin + basePath</c> would:
/// <c>/repo/vi/articles/</c> → <c>vi/articles/index.html</c>. Links to other hosts are external and not checked.
/// </summary>
public sealed class LinkResolver
{
    private static readonly (string Selector, string Attribute)[] Sources =
    [
        ("a[href]", "href"),
        ("link[href]", "href"),
        ("script[src]", "src"),
        ("img[src]", "src"),
        ("form[action]", "action"),
    ];

    private readonly BuiltSite _site;
    private readonly Uri _origin;
    private readonly string _basePath;

    /// <param name="siteUrl">The site's public root, e.g. <c>https://org.github.io/repo/</c>.</param>
    public LinkResolver(BuiltSite site, string siteUrl)
    {
        _site = site;
        var root = new Uri(siteUrl);
        _origin = new Uri(root.GetLeftPart(UriPartial.Authority));
        _basePath = root.AbsolutePath.EndsWith('/') ? root.AbsolutePath : root.AbsolutePath + "/";
    }

    /// <summary>Every link of every HTML page, with the elements named by <paramref name="selectors"/> (all kinds when empty).</summary>
    public IEnumerable<PageLink> Links(params string[] selectors)
    {
        foreach (var page in _site.HtmlFiles())
        {
            var document = _site.Page(page);
            foreach (var (selector, attribute) in Sources)
            {
                if (selectors.Length > 0 && !selectors.Contains(selector)) continue;
                foreach (var element in document.QuerySelectorAll(selector))
                    yield return new PageLink(page, selector, element.GetAttribute(attribute)!);
            }
        }
    }

    /// <summary>True when the URL stays on this site (same origin, or relative); fragment-only links count as internal.</summary>
    public bool IsInternal(PageLink link)
    {
        var absolute = Absolute(link);
        return absolute.Scheme is "http" or "https" && absolute.Authority == _origin.Authority;
    }

    /// <summary>The URL's path on the host (<c>/repo/vi/</c>), after resolving it against its page.</summary>
    public string PathOf(PageLink link) => Absolute(link).AbsolutePath;

    /// <summary>The output file an internal link is served from, or null when nothing is there.</summary>
    public string? FileFor(PageLink link)
    {
        var path = Uri.UnescapeDataString(PathOf(link));
        if (!path.StartsWith(_basePath, StringComparison.Ordinal)) return null;
        var sitePath = path[_basePath.Length..];
        var file = sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
        return _site.Exists(file) ? file : null;
    }

    private Uri Absolute(PageLink link)
    {
        // The page's own URL, so relative links resolve as a browser resolves them.
        var pageUrl = new Uri(_origin, _basePath + (link.Page.EndsWith("/index.html", StringComparison.Ordinal)
            ? link.Page[..^"index.html".Length]
            : link.Page));
        return new Uri(pageUrl, link.Url);
    }
}
