using StaticKb.Diagnostics;

namespace StaticKb.Publish;

/// <summary>
/// The site's own assets (<c>templates/assets/</c>) and the third-party scripts it ships, taken from npm's
/// <c>node_modules</c> at build time (never committed): lunr.js for search.
/// </summary>
public static class StaticAssets
{
    public const string LunrName = "lunr.js";
    private const string LunrPackageFile = "node_modules/lunr/lunr.min.js";

    public static Dictionary<string, byte[]> Collect(string projectRoot, DiagnosticBag diagnostics)
    {
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var dir = Path.Combine(projectRoot, "templates", "assets");
        if (Directory.Exists(dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                var minified = AssetMinifier.Minify(name, File.ReadAllText(file), $"templates/assets/{name}", diagnostics);
                assets[name] = minified is null ? File.ReadAllBytes(file) : System.Text.Encoding.UTF8.GetBytes(minified);
            }
        }
        var lunr = FindUpwards(projectRoot, LunrPackageFile) ?? FindUpwards(AppContext.BaseDirectory, LunrPackageFile);
        if (lunr is null)
            diagnostics.Error(SourceLocation.File("package.json"), "lunr.js is not installed, so search cannot be published",
                "run 'npm ci' in the project folder (the README's build command does it for you)");
        else
            assets[LunrName] = File.ReadAllBytes(lunr);
        return assets;
    }

    // A fixture site in a temporary folder, or a project inside a larger checkout, uses the nearest node_modules.
    private static string? FindUpwards(string start, string relative)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
