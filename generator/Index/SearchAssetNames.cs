using StaticKb.Render;

namespace StaticKb.Index;

/// <summary>Names of the search files, and the placeholders pages carry until the files' fingerprints are known.</summary>
public static class SearchAssetNames
{
    public static string Index(string lang) => $"search-{lang}.json";

    public static string Docs(string lang) => $"search-docs-{lang}.json";

    public static string Placeholder(string name) => $"statickb-pending-asset/{name}";

    public static RenderedSite Resolve(RenderedSite site, IReadOnlyDictionary<string, string> fingerprinted) =>
        new(site.Pages.Select(p => p with { Html = Resolve(p.Html, fingerprinted) }).ToList());

    /// <summary>One page's HTML with the placeholders replaced (the build does it page by page as it encodes them).</summary>
    public static string Resolve(string html, IReadOnlyDictionary<string, string> fingerprinted)
    {
        foreach (var (name, path) in fingerprinted) html = html.Replace(Placeholder(name), path, StringComparison.Ordinal);
        return html;
    }
}
