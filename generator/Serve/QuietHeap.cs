using System.Runtime;

namespace StaticKb.Serve;

/// <summary>
/// Keeps garbage collection out of the time between a save and the reload. A rebuild of a large site allocates tens
/// of megabytes while the cache holds the whole site, so the collections it triggered took a fifth of the rebuild.
/// While serve waits for the next change it collects once and asks the runtime not to collect again for the next
/// <see cref="Budget"/> bytes (<see cref="GC.TryStartNoGCRegion(long)"/>); the rebuild runs inside that allowance,
/// and once its pages are out the runtime collects as usual (the search index is made after that). Should the
/// allowance run out first, for example while the browser fetches pages, the runtime just collects as usual.
/// </summary>
internal sealed class QuietHeap
{
    public const long Budget = 256L * 1024 * 1024;

    /// <summary>Collects now, while nothing waits for serve, and holds further collections back.</summary>
    public void Begin()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A runtime that cannot set the allowance aside collects as usual: slower rebuilds, nothing worse.
        }
    }

    /// <summary>Lets the runtime collect again.</summary>
    public void End()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The allowance ran out (or a collection was forced) and the runtime already ended it.
        }
    }
}
