using System.Security.Cryptography;
using StaticKb.Diagnostics;

namespace StaticKb.Publish;

/// <summary>
/// Gives each asset a name with its content hash (<c>assets/site.3f2a9c1e.css</c>), so a page and the exact CSS and
/// JS it was built with always travel together, whatever a CDN or GitHub Pages has cached.
/// </summary>
public static class AssetFingerprinter
{
    public static (Dictionary<string, string> SitePaths, List<OutputFile> Files) Fingerprint(IReadOnlyDictionary<string, byte[]> assets)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<OutputFile>();
        foreach (var (name, bytes) in assets.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var ext = Path.GetExtension(name);
            var path = $"assets/{Path.GetFileNameWithoutExtension(name)}.{hash}{ext}";
            paths[name] = path;
            files.Add(new OutputFile(path, bytes));
        }
        return (paths, files);
    }
}
