using StaticKb.Render;

namespace StaticKb.Index;

/// <summary>Names of the search files, and the placeholders pages carry until the files' fingerprints are known.</summary>
public static class SearchAssetNames
{
    public static string Index(string lang) => $"search-{lang}.json";

    public static string Docs(string lang) => $"search-docs-{lang}.json";

    public static string Placeholder(string name) => $"statickb-pending-asset/{name}";

    public static RenderedSite Resolve(RenderedSite site, IReadOnlyDictionary<string, string> fingerprinted) =>
        new(site.Pages.Select(p =>
        {
            var html = p.Html;
            foreach (var (name, path) in fingerprinted) html = html.Replace(Placeholder(name), path, StringComparison.Ordinal);
            return p with { Html = html };
        }).ToList());
}
