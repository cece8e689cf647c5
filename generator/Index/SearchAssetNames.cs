using System.Security.Cryptography;

namespace StaticKb.Index;

/// <summary>
/// Names of the search files, and the placeholders pages carry until the files' fingerprints are known.
/// </summary>
/// <remarks>
/// Every page names its language's search files, which are made from the rendered pages: a page is written with a
/// placeholder, and the placeholder is overwritten in place once the indexes exist. So a placeholder has exactly
/// the length of the name that replaces it, and a language's two names have the same length too: a sharded index
/// has no whole results list, and the page's <c>data-docs</c> then names the manifest, the index's file. The
/// index's name carries a longer hash for that (<c>search-vi.</c> + 15 hex digits, <c>search-docs-vi.</c> + 10).
/// </remarks>
public static class SearchAssetNames
{
    public static string Index(string lang) => $"search-{lang}.json";

    public static string Docs(string lang) => $"search-docs-{lang}.json";

    // What a name takes after the stem: "." + hash + ".json". The docs' stem is longer by "docs-".
    private const int DocsHashLength = 10;
    private const int IndexHashLength = DocsHashLength + 5;
    private const char Filler = '_';

    /// <summary>The site path a page carries for <paramref name="name"/> until its fingerprint is known.</summary>
    public static string Placeholder(string name) => Named(name, new string(Filler, HashLength(name)));

    /// <summary>The search file's fingerprinted site path: <c>assets/search-vi.{hash}.json</c>, the hash of its content.</summary>
    public static string Fingerprinted(string name, ReadOnlySpan<byte> content) =>
        Named(name, Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength(name)]);

    /// <summary>What every placeholder holds: a dot and a run of filler no hash has.</summary>
    public static readonly string PlaceholderMarker = "." + new string(Filler, DocsHashLength);

    /// <summary>Whether a page's link may still hold a placeholder (then it is read again from the final page).</summary>
    public static bool MayHoldPlaceholder(string text) => text.Contains(PlaceholderMarker, StringComparison.Ordinal);

    private static int HashLength(string name) => name.StartsWith("search-docs-", StringComparison.Ordinal) ? DocsHashLength : IndexHashLength;

    private static string Named(string name, string hash) => $"assets/{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}";

    /// <summary>One page's HTML with the placeholders replaced (the build does it page by page as it encodes them).</summary>
    public static string Resolve(string html, IReadOnlyDictionary<string, string> fingerprinted)
    {
        foreach (var (name, path) in fingerprinted) html = html.Replace(Placeholder(name), path, StringComparison.Ordinal);
        return html;
    }
}
