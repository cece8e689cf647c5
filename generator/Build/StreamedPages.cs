using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using StaticKb.Index;
using StaticKb.Publish;
using StaticKb.Render;

namespace StaticKb.Build;

/// <summary>
/// A one-off build's pages on their way to disk. Each page, as soon as it is rendered, is read for search and for the
/// link check, encoded, and written to the staged site; its HTML is then let go, and only what the later stages
/// need of it stays: its search document (its body text in a scratch file, <see cref="ScratchTexts"/>), its ids and
/// links, and where its search file placeholders sit. A large site is thus never held in memory whole, neither as
/// text nor as bytes.
/// </summary>
/// <remarks>
/// The search files are made from the rendered pages, so pages are written naming them by placeholders
/// (<see cref="SearchAssetNames.Placeholder"/>), which <see cref="ResolvePlaceholders"/> overwrites in place, byte for
/// byte, once the files' names are known. The pages end up exactly as a build that held them all would write them.
/// </remarks>
internal sealed class StreamedPages : IDisposable
{
    private readonly AtomicOutput.StagedSite _site;
    private readonly (string Name, byte[] Utf8)[] _placeholders;
    private readonly byte[]? _marker;
    private readonly ConcurrentDictionary<string, Streamed> _pages = new(StringComparer.Ordinal);
    // Pages share most of their links and ids (menus, assets, the articles an entity lists): each kept once.
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    // The pages' search text, until the indexes are made (ScratchTexts says why it is not kept in memory).
    private ScratchTexts? _searchText;
    private long _bytes;

    /// <param name="Placeholders">Where each placeholder starts in the page's bytes, and the search file it names.</param>
    private sealed record Streamed(SearchDocument? Document, LinkChecker.PageLinks Links, (long Offset, string Name)[] Placeholders);

    /// <param name="placeholderNames">The search files pages name by placeholder (none when their names are known).</param>
    public StreamedPages(AtomicOutput.StagedSite site, IEnumerable<string> placeholderNames)
    {
        _site = site;
        _placeholders = placeholderNames.Select(n => (n, Encoding.UTF8.GetBytes(SearchAssetNames.Placeholder(n)))).ToArray();
        // Every placeholder ends with the same run of filler: found once per page, then told apart.
        _marker = _placeholders.Length == 0 ? null : Encoding.UTF8.GetBytes(SearchAssetNames.PlaceholderMarker);
        _searchText = new ScratchTexts(site.ScratchPath(".search-text"));
    }

    /// <summary>Bytes of all pages written so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Reads, encodes and writes one page (any thread), its HTML read where the renderer left it.</summary>
    public void Take(RenderedPage page, ReadOnlyMemory<char> html)
    {
        var (document, links) = SearchDocumentExtractor.Read(page.SitePath, html);
        links ??= LinkChecker.Scan(html);
        if (document is not null)
            document = document.WithBodyElsewhere((_searchText ?? throw new InvalidOperationException("pages taken after their search documents were let go")).Keep(document.Body));
        // Encoded into a rented buffer: a large page's bytes would otherwise be one more large object per page.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(html.Span));
        try
        {
            var bytes = buffer.AsSpan(0, Encoding.UTF8.GetBytes(html.Span, buffer));
            var placeholders = FindPlaceholders(bytes);
            _site.Write(page.File, bytes);
            Interlocked.Add(ref _bytes, bytes.Length);
            _pages[page.File] = new Streamed(document, Shared(links), placeholders);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private LinkChecker.PageLinks Shared(LinkChecker.PageLinks links) => new(
        links.Ids.Count == 0 ? links.Ids : links.Ids.Select(Shared).ToHashSet(StringComparer.Ordinal),
        links.Links.Select(Shared).ToArray());

    private string Shared(string text) => _strings.GetOrAdd(text, text);

    /// <summary>The page's search document, null if it is not searchable; its body is read from the scratch file when asked for.</summary>
    public SearchDocument? Document(RenderedPage page) => _pages.TryGetValue(page.File, out var streamed) ? streamed.Document : null;

    /// <summary>Once the indexes are made: lets the search documents go, and deletes their text.</summary>
    public void ForgetDocuments()
    {
        foreach (var (file, streamed) in _pages)
            if (streamed.Document is not null) _pages[file] = streamed with { Document = null };
        Dispose();
    }

    public void Dispose()
    {
        _searchText?.Dispose();
        _searchText = null;
    }

    /// <summary>Overwrites every placeholder written with the search file's final path (as long as the placeholder).</summary>
    public void ResolvePlaceholders(IReadOnlyDictionary<string, string> paths)
    {
        var utf8 = paths.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value), StringComparer.Ordinal);
        foreach (var (name, placeholder) in _placeholders)
            if (utf8[name].Length != placeholder.Length)
                throw new InvalidOperationException($"the path of {name} is {utf8[name].Length} bytes, its placeholder {placeholder.Length}: pages cannot be mended in place");
        var edited = _pages.Where(p => p.Value.Placeholders.Length > 0).ToList();
        AtomicOutput.ForEach(edited, p => _site.Overwrite(p.Key, p.Value.Placeholders.Select(at => (at.Offset, utf8[at.Name]))));
    }

    /// <summary>Each page's ids and links, in the order of <paramref name="site"/>; links naming a search file by placeholder name it by <paramref name="paths"/>.</summary>
    public List<(string Path, LinkChecker.PageLinks Links)> Links(RenderedSite site, IReadOnlyDictionary<string, string>? paths) =>
        site.Pages.Select(p => (p.File, Resolved(_pages[p.File].Links, paths))).ToList();

    private static LinkChecker.PageLinks Resolved(LinkChecker.PageLinks links, IReadOnlyDictionary<string, string>? paths) =>
        paths is null || !links.Links.Any(SearchAssetNames.MayHoldPlaceholder)
            ? links
            : links with { Links = links.Links.Select(l => SearchAssetNames.Resolve(l, paths)).ToList() };

    private (long Offset, string Name)[] FindPlaceholders(ReadOnlySpan<byte> span)
    {
        if (_marker is null) return [];
        List<(long, string)>? found = null;
        for (var from = 0; ;)
        {
            var at = span[from..].IndexOf(_marker);
            if (at < 0) break;
            at += from;
            foreach (var (name, placeholder) in _placeholders)
            {
                var start = at - placeholder.AsSpan().IndexOf(_marker);
                if (start >= 0 && span[start..].StartsWith(placeholder))
                {
                    (found ??= []).Add((start, name));
                    break;
                }
            }
            from = at + _marker.Length;
        }
        return found?.ToArray() ?? [];
    }
}
