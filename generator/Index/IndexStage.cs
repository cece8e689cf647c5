using System.IO.Compression;
using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Render;

namespace StaticKb.Index;

/// <summary>Sizes of one language's search files, raw and gzipped (what a reader downloads).</summary>
/// <remarks>For a sharded index, the index figures are the manifest and all shards together, the docs figures all
/// parts of the document store, and <paramref name="Shards"/> says how many shards there are.</remarks>
public sealed record IndexSize(string Language, long IndexBytes, long IndexGzipBytes, long DocsBytes, long DocsGzipBytes, int Shards = 1);

/// <summary>The Index stage's output: one lunr index and results list per language, and their sizes.</summary>
public sealed record SearchIndexes(IReadOnlyList<SearchIndexOutput> Outputs, IReadOnlyList<IndexSize> Sizes);

/// <summary>
/// The Index stage: reads every rendered page of a language (text extracted with AngleSharp) and builds that
/// language's search index, split into shards when it is larger than site.yml's search_shard_threshold_kb.
/// An index over the budget set in site.yml is an error: readers on phones download it. For a sharded index the
/// budget is for what a first query may need at most: the manifest, the largest shard and the largest part of
/// the document store.
/// </summary>
public static class IndexStage
{
    /// <param name="extract">Reads one page's search document; <c>statickb serve</c> passes one that remembers unchanged pages.</param>
    /// <param name="threads">Threads the pages are read on; null uses every core. The documents keep the pages' order.</param>
    /// <param name="storeShard">Writes a shard out as soon as it is made (<see cref="SearchSharding.Store"/>); null keeps them.</param>
    public static SearchIndexes Run(RenderedSite site, SiteConfig config, DiagnosticBag diagnostics, Func<RenderedPage, SearchDocument?>? extract = null, int? threads = null,
        Func<ReadOnlySpan<byte>, StoredSearchFile>? storeShard = null)
    {
        extract ??= p => SearchDocumentExtractor.FromHtml(p.SitePath, p.Html);
        // Parsing every page is most of this stage's work, and each page is read on its own.
        var pages = site.Pages.ToArray();
        var read = new SearchDocument?[pages.Length];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, i => read[i] = extract(pages[i]));
        var outputs = new List<SearchIndexOutput>();
        var sizes = new List<IndexSize>();
        foreach (var lang in config.Languages)
        {
            var documents = read
                .Where((d, i) => d is not null && pages[i].Language == lang.Code)
                .Select(d => d!)
                .ToList();
            var output = SearchIndexBuilder.Build(lang.Code, documents, SearchSharding.FromKb(config.SearchShardThresholdKb) with { Store = storeShard });
            IndexSize size;
            long downloadGzip; // what a reader downloads before the first results: all of it, or with shards the manifest and the largest shard and part
            if (!output.IsSharded)
            {
                size = new IndexSize(lang.Code, Utf8(output.IndexJson), Gzip(output.IndexJson), Utf8(output.DocumentsJson!), Gzip(output.DocumentsJson!));
                downloadGzip = size.IndexGzipBytes + size.DocsGzipBytes;
            }
            else
            {
                var shards = output.Parts.Where(p => !p.Name.StartsWith("search-docs-", StringComparison.Ordinal)).ToList();
                var docParts = output.Parts.Where(p => p.Name.StartsWith("search-docs-", StringComparison.Ordinal)).ToList();
                var shardGzip = shards.AsParallel().Select(p => p.Stored?.GzipLength ?? GzipLength(p.Utf8)).ToList();
                var partGzip = docParts.AsParallel().Select(p => p.Stored?.GzipLength ?? GzipLength(p.Utf8)).ToList();
                var manifestGzip = Gzip(output.IndexJson);
                size = new IndexSize(lang.Code, Utf8(output.IndexJson) + shards.Sum(p => p.Length), manifestGzip + shardGzip.Sum(),
                    docParts.Sum(p => p.Length), partGzip.Sum(), shards.Count);
                downloadGzip = manifestGzip + shardGzip.Max() + partGzip.DefaultIfEmpty().Max();
            }
            if (downloadGzip > config.SearchBudgetKb * 1024L)
                diagnostics.Error(new SourceLocation("site.yml", 1, 1),
                    output.IsSharded
                        ? $"the {lang.Code} search shards need up to {downloadGzip / 1024} KB gzipped for a first query (manifest, largest shard and results-list part), over the budget of {config.SearchBudgetKb} KB"
                        : $"the {lang.Code} search files are {downloadGzip / 1024} KB gzipped, over the budget of {config.SearchBudgetKb} KB",
                    output.IsSharded ? "raise search_budget_kb in site.yml, or keep fewer pages searchable"
                                     : "raise search_budget_kb or lower search_shard_threshold_kb in site.yml (a sharded index is downloaded in parts), or keep fewer pages searchable");
            outputs.Add(output);
            sizes.Add(size);
        }
        return new SearchIndexes(outputs, sizes);
    }

    private static long Utf8(string s) => System.Text.Encoding.UTF8.GetByteCount(s);

    private static long Gzip(string s) => GzipLength(System.Text.Encoding.UTF8.GetBytes(s));

    /// <summary>How many bytes a reader downloads for this file (gzip, as servers send JSON).</summary>
    public static long GzipLength(ReadOnlySpan<byte> utf8)
    {
        using var counted = new CountingStream();
        using (var gzip = new GZipStream(counted, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(utf8);
        return counted.Length;
    }

    /// <summary>Counts what is written to it and keeps none of it: only the compressed length is wanted.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
