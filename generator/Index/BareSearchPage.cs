using System.Text;

namespace StaticKb.Index;

/// <summary>
/// A search page with nothing else on it, over one language's index: the real search.js and lunr.js (from
/// node_modules) in <c>assets/</c>, the index's files beside them and its manifest (or whole index) as
/// <c>search-{language}.json</c>. What the browser benchmark and the browser tests serve, so that they measure the
/// search files alone without building a whole site around a generated corpus.
/// </summary>
public static class BareSearchPage
{
    /// <summary>Writes the page into <paramref name="root"/> (index.html and assets/) and returns the assets folder.</summary>
    public static string Write(string root, string repoRoot, string language, SearchIndexOutput built)
    {
        var assets = Directory.CreateDirectory(Path.Combine(root, "assets")).FullName;
        foreach (var part in built.Parts)
        {
            var file = Path.Combine(assets, part.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, part.Utf8);
        }
        File.WriteAllText(Path.Combine(assets, ManifestName(language)), built.IndexJson, Utf8);
        if (!built.IsSharded && built.DocumentsJson is not null)
            File.WriteAllText(Path.Combine(assets, $"search-docs-{language}.json"), built.DocumentsJson, Utf8);
        File.Copy(Path.Combine(repoRoot, "templates", "assets", "search.js"), Path.Combine(assets, "search.js"), overwrite: true);
        File.Copy(Path.Combine(repoRoot, "node_modules", "lunr", "lunr.min.js"), Path.Combine(assets, "lunr.js"), overwrite: true);
        var docs = built.IsSharded ? ManifestName(language) : $"search-docs-{language}.json";
        var t = language == "vi" ? Vietnamese : English;
        File.WriteAllText(Path.Combine(root, "index.html"), $"""
            <!doctype html>
            <html lang="{language}"><head><meta charset="utf-8"><title>{t.Title}</title><script src="assets/search.js" defer></script></head>
            <body><main>
            <div id="search" data-search-page data-language="{language}" data-base="./" data-lunr="assets/lunr.js"
                 data-index="assets/{ManifestName(language)}" data-docs="assets/{docs}" data-more="{t.More}"
                 data-results="{t.Results}" data-results-at-least="{t.ResultsAtLeast}" data-no-results="{t.NoResults}" data-loading="{t.Loading}" data-error="{t.Error}">
              <form role="search" action="./" method="get"><input id="search-input" name="q" type="search"></form>
              <p id="search-status" aria-live="polite"></p>
              <ol id="search-results"></ol>
            </div>
            </main></body></html>
            """, Utf8);
        return assets;
    }

    /// <summary>The name the page gives the manifest (or the whole index) in assets/.</summary>
    public static string ManifestName(string language) => $"search-{language}.json";

    private sealed record Strings(string Title, string More, string Results, string ResultsAtLeast, string NoResults, string Loading, string Error);

    // The site's wording (templates/i18n) for what a test or the benchmark reads: the results counts as readers see
    // them; the messages abridged.
    private static readonly Strings Vietnamese = new("Tìm kiếm", "Xem thêm kết quả", "{n} kết quả", "Ít nhất {n} kết quả", "Không tìm thấy kết quả.", "Đang tải chỉ mục tìm kiếm…", "Không tải được chỉ mục tìm kiếm.");
    private static readonly Strings English = new("Search", "More results", "{n} results", "At least {n} results", "No results.", "Loading the search index…", "The search index could not be loaded.");

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
