using System.Collections.Concurrent;
using StaticKb.Render.Markdown;

namespace StaticKb.Render.Pages;

/// <summary>
/// An article version's body in blocks, rendered once for both parallel-text pages that show it (the page in each
/// language shows both versions, each rendered by its own language's views) and let go once both have it. A build
/// without a memory used to render every version's blocks twice: about a sixth of its Markdown work in a sampled
/// trace of a 1k build.
/// </summary>
/// <remarks>
/// The two pages of a pair are listed next to each other (see <c>SiteRenderer.Interleave</c>), so an entry lives only
/// while the pair's pages are rendered, not until the other language's half of the site comes round.
/// </remarks>
public sealed class SharedBlocks
{
    private sealed class Entry(Func<IReadOnlyList<RenderedBlock>> render)
    {
        public readonly Lazy<IReadOnlyList<RenderedBlock>> Blocks = new(render);
        public int Takers;
    }

    private readonly ConcurrentDictionary<(string Lang, string Path), Entry> _entries = new();

    /// <summary>The blocks for the <paramref name="uses"/>-th and last page that asks, rendered by the first.</summary>
    public IReadOnlyList<RenderedBlock> Take((string Lang, string Path) key, int uses, Func<IReadOnlyList<RenderedBlock>> render)
    {
        var entry = _entries.GetOrAdd(key, _ => new Entry(render));
        var blocks = entry.Blocks.Value;
        if (Interlocked.Increment(ref entry.Takers) >= uses) _entries.TryRemove(new KeyValuePair<(string, string), Entry>(key, entry));
        return blocks;
    }

    /// <summary>Entries rendered and not yet taken by every page that shows them.</summary>
    public int Held => _entries.Count;
}
