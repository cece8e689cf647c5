using System.IO.Compression;
using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Render;

namespace StaticKb.Index;

/// <summary>Sizes of one language's search files, raw and gzipped (what a reader downloads).</summary>
public sealed record IndexSize(string Language, long IndexBytes, long IndexGzipBytes, long DocsBytes, long DocsGzipBytes);

/// <summary>The Index stage's output: one lunr index and results list per language, and their sizes.</summary>
public sealed record SearchIndexes(IReadOnlyList<SearchIndexOutput> Outputs, IReadOnlyList<IndexSize> Sizes);

/// <summary>
/// The Index stage: reads every rendered page of a language (text extracted with AngleSharp) and builds that
/// language's search index. An index over the budget set in site.yml is an error: readers on phones download it.
/// </summary>
public static class IndexStage
{
    /// <param name="extract">Reads one page's search document; <c>statickb serve</c> passes one that remembers unchanged pages.</param>
    public static SearchIndexes Run(RenderedSite site, SiteConfig config, DiagnosticBag diagnostics, Func<RenderedPage, SearchDocument?>? extract = null)
    {
        extract ??= p => SearchDocumentExtractor.FromHtml(p.SitePath, p.Html);
        var outputs = new List<SearchIndexOutput>();
        var sizes = new List<IndexSize>();
        foreach (var lang in config.Languages)
        {
            var documents = site.Pages
                .Where(p => p.Language == lang.Code)
                .Select(extract)
                .OfType<SearchDocument>()
                .ToList();
            var output = SearchIndexBuilder.Build(lang.Code, documents);
            var size = new IndexSize(lang.Code, Utf8(output.IndexJson), Gzip(output.IndexJson), Utf8(output.DocumentsJson), Gzip(output.DocumentsJson));
            if (size.IndexGzipBytes + size.DocsGzipBytes > config.SearchBudgetKb * 1024L)
                diagnostics.Error(new SourceLocation("site.yml", 1, 1),
                    $"the {lang.Code} search files are {(size.IndexGzipBytes + size.DocsGzipBytes) / 1024} KB gzipped, over the budget of {config.SearchBudgetKb} KB",
                    "raise search_budget_kb in site.yml, or keep fewer pages searchable");
            outputs.Add(output);
            sizes.Add(size);
        }
        return new SearchIndexes(outputs, sizes);
    }

    private static long Utf8(string s) => System.Text.Encoding.UTF8.GetByteCount(s);

    private static long Gzip(string s)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(s));
        return buffer.Length;
    }
}
