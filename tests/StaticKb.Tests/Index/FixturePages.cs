using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// Small realistic rendered pages (Fixtures/pages/{vi,en}/…/*.html, content adapted from the seed articles),
/// read through <see cref="SearchDocumentExtractor"/> as the Index stage will read the built site.
/// </summary>
internal static class FixturePages
{
    public static readonly string Folder = Path.Combine(NodeHarness.RepoRoot, "tests", "StaticKb.Tests", "Index", "Fixtures", "pages");

    public static IReadOnlyList<SearchDocument> Load(string language)
    {
        var root = Path.Combine(Folder, language);
        return Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var relative = Path.GetRelativePath(Folder, file).Replace('\\', '/');
                var id = relative[..^".html".Length] + "/";
                return SearchDocumentExtractor.FromHtml(id, File.ReadAllText(file))
                    ?? throw new InvalidOperationException($"{file} has no statickb:kind");
            })
            .ToList();
    }
}
