namespace StaticKb.Render.Pages;

/// <summary>
/// Site paths of the fingerprinted assets (<c>assets/site.3f2a9c1e.css</c>), decided before rendering so pages
/// link to the exact bytes they were built with; GitHub Pages' cache can then never pair new HTML with old CSS.
/// </summary>
public sealed record AssetManifest(IReadOnlyDictionary<string, string> SitePathByName)
{
    public string this[string name] => SitePathByName.TryGetValue(name, out var path) ? path : "assets/" + name;
}
