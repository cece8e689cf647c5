using System.IO.Compression;
using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Render;

namespace StaticKb.Index;

/// <summary>Sizes of one language's search files.</summary>
/// <param name="IndexBytes">The index; sharded, the manifest and every shard together.</param>
/// <param name="DocsBytes">The results list; sharded, every part of it together.</param>
/// <param name="FirstGzipBytes">
/// What every first query downloads before anything else, gzipped as servers send JSON: a whole index and its
/// results list; sharded, the manifest.
/// </param>
/// <param name="Shards">How many shards the index is in; 0 when it is whole.</param>
/// <param name="LargestShardBytes">The largest shard, raw.</param>
/// <param name="DocParts">How many parts the results list is in; 0 when the index is whole.</param>
public sealed record IndexSize(string Language, long IndexBytes, long DocsBytes, long FirstGzipBytes, int Shards = 0, long LargestShardBytes = 0, int DocParts = 0)
{
    /// <summary>Blocks of common words' tails (<see cref="TermTail"/>), besides the shards; their bytes are in IndexBytes.</summary>
    public int Blocks { get; init; }

    public bool IsSharded => Shards > 0;
}

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
    /// <param name="storeShard">Writes a shard out as soon as it is made: given the language and what <see cref="SearchSharding.Store"/> is given. Null keeps them.</param>
    /// <param name="readStored">Reads a stored shard back, to measure it; needed with <paramref name="storeShard"/>.</param>
    /// <param name="countsLetGo">See <see cref="SearchSharding.CountsLetGo"/>.</param>
    public static SearchIndexes Run(RenderedSite site, SiteConfig config, DiagnosticBag diagnostics, Func<RenderedPage, SearchDocument?>? extract = null, int? threads = null,
        Func<string, string, ReadOnlySpan<byte>, StoredSearchFile>? storeShard = null, Func<StoredSearchFile, byte[]>? readStored = null, Action<long>? countsLetGo = null)
    {
        extract ??= p => SearchDocumentExtractor.FromHtml(p.SitePath, p.Html);
        // Parsing every page is most of this stage's work, and each page is read on its own.
        var pages = site.Pages.ToArray();
        var read = new SearchDocument?[pages.Length];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, i => read[i] = extract(pages[i]));
        var outputs = new List<SearchIndexOutput>();
        var sizes = new List<IndexSize>();
        var budget = config.SearchBudgetKb * 1024L;
        foreach (var lang in config.Languages)
        {
            var documents = read
                .Where((d, i) => d is not null && pages[i].Language == lang.Code)
                .Select(d => d!)
                .ToList();
            var store = storeShard is null ? null : (Func<string, ReadOnlySpan<byte>, StoredSearchFile>)((path, utf8) => storeShard(lang.Code, path, utf8));
            var output = SearchIndexBuilder.Build(lang.Code, documents, SearchSharding.FromKb(config.SearchShardThresholdKb).WithHeadPages(config.SearchHeadPages) with { Store = store, CountsLetGo = countsLetGo });
            if (!output.IsSharded)
            {
                var size = new IndexSize(lang.Code, Utf8(output.IndexJson), Utf8(output.DocumentsJson!), Gzip(output.IndexJson) + Gzip(output.DocumentsJson!));
                if (size.FirstGzipBytes > budget)
                    diagnostics.Error(new SourceLocation("site.yml", 1, 1),
                        $"the {lang.Code} search files are {size.FirstGzipBytes / 1024} KB gzipped, over the budget of {config.SearchBudgetKb} KB",
                        "raise search_budget_kb or lower search_shard_threshold_kb in site.yml (a sharded index is downloaded in parts), or keep fewer pages searchable");
                sizes.Add(size);
            }
            else
            {
                var shards = output.Parts.Where(p => !p.Name.StartsWith("search-docs-", StringComparison.Ordinal)).ToList();
                var docParts = output.Parts.Where(p => p.Name.StartsWith("search-docs-", StringComparison.Ordinal)).ToList();
                var blocks = shards.Count(p => SearchShards.IsBlockFileName(p.Name));
                var prefixFiles = shards.Count(p => SearchShards.IsPrefixesFileName(p.Name));
                // A block is a file a query may fetch like a shard, and smaller than the shard of its term: the
                // largest of them all is what the budget needs.
                var size = new IndexSize(lang.Code, Utf8(output.IndexJson) + shards.Sum(p => p.Length), docParts.Sum(p => p.Length), Gzip(output.IndexJson),
                    shards.Count - blocks - prefixFiles, shards.Max(p => p.Length), docParts.Count) { Blocks = blocks };
                byte[] Bytes(SearchFile file) => file.Stored is null ? file.Utf8
                    : (readStored ?? throw new InvalidOperationException("a stored shard cannot be measured without readStored"))(file.Stored);
                // Gzipping every shard to check the budget (about 80 MB of JSON at 1,000 article pairs) was a quarter of
                // this stage's work. A file gzips to no more than GzipBound of its length, so the shards and parts are
                // gzipped only when even their bounds could go over.
                var bound = size.FirstGzipBytes + GzipBound(size.LargestShardBytes) + GzipBound(docParts.Select(p => p.Length).DefaultIfEmpty().Max());
                if (bound > budget)
                {
                    var firstQuery = size.FirstGzipBytes + LargestGzipLength(shards, Bytes) + LargestGzipLength(docParts, Bytes);
                    if (firstQuery > budget)
                        diagnostics.Error(new SourceLocation("site.yml", 1, 1),
                            $"the {lang.Code} search shards need up to {firstQuery / 1024} KB gzipped for a first query (manifest, largest shard and results-list part), over the budget of {config.SearchBudgetKb} KB",
                            "raise search_budget_kb in site.yml, or keep fewer pages searchable");
                }
                sizes.Add(size);
            }
            outputs.Add(output);
        }
        return new SearchIndexes(outputs, sizes);
    }

    private static long Utf8(string s) => System.Text.Encoding.UTF8.GetByteCount(s);

    private static long Gzip(string s) => GzipLength(System.Text.Encoding.UTF8.GetBytes(s));

    /// <summary>
    /// The gzipped length of the largest of <paramref name="files"/> once gzipped: they are gzipped largest first, and
    /// only until none left could gzip to more than the largest found (<see cref="GzipBound"/>).
    /// </summary>
    internal static long LargestGzipLength(IEnumerable<SearchFile> files, Func<SearchFile, byte[]> bytes)
    {
        long largest = 0;
        foreach (var file in files.OrderByDescending(f => f.Length))
        {
            if (GzipBound(file.Length) <= largest) break;
            largest = Math.Max(largest, GzipLength(bytes(file)));
        }
        return largest;
    }

    /// <summary>
    /// The most <see cref="GzipLength"/> makes of <paramref name="length"/> bytes: data that does not compress goes in
    /// stored blocks (a few bytes each per block), plus the 18-byte header and trailer, rounded up generously. Measured
    /// on random data from 0 bytes to 40 MB, .NET's zlib-ng at <see cref="CompressionLevel.Optimal"/> stays some 40 bytes
    /// under it; at <see cref="CompressionLevel.Fastest"/> it does not, so the bound holds for the level GzipLength uses
    /// (tested on it).
    /// </summary>
    internal static long GzipBound(long length) => length + (length >> 12) + (length >> 14) + 64;

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
