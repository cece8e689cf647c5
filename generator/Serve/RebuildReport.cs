using StaticKb.Diagnostics;

namespace StaticKb.Serve;

/// <summary>What one build of a serve session did; the first build has <see cref="Changes"/> null.</summary>
/// <param name="Build">1 for the first build, then one more per rebuild.</param>
/// <param name="Event">The event sent to the pages: <c>reload</c>, <c>error</c>, or null when the output did not change.</param>
/// <param name="ChangeSeenTimestamp">Stopwatch timestamp of the first file event of the batch (or of the start).</param>
/// <param name="BuildStartTimestamp">Stopwatch timestamp when the build started (after the debounce).</param>
/// <param name="SentTimestamp">Stopwatch timestamp when the build's last event (every page up to date) had gone out.</param>
/// <param name="BuildMs">Time in <c>SiteBuilder.Build</c>.</param>
/// <param name="PublishMs">Time writing the changed files.</param>
/// <param name="Stages">Milliseconds per build stage (see <c>BuildCache.LastStageTimes</c>).</param>
/// <param name="ContentFilesRead">Content files read and parsed (the others came from the cache).</param>
public sealed record RebuildReport(
    int Build,
    IReadOnlyList<string>? Changes,
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? Event,
    long ChangeSeenTimestamp,
    long BuildStartTimestamp,
    long SentTimestamp,
    double BuildMs,
    double PublishMs,
    int FilesWritten,
    int ContentFilesRead,
    bool TemplatesReloaded,
    IReadOnlyList<(string Stage, double Ms)> Stages)
{
    /// <summary>
    /// When only article bodies changed: Stopwatch timestamp when the reload of those articles' own pages went out,
    /// ahead of the rest of the build (null when there was no such reload).
    /// </summary>
    public long? PagesFirstSentTimestamp { get; init; }

    /// <summary>Files among <see cref="FilesWritten"/> that went out ahead of the rest.</summary>
    public int PagesFirstWritten { get; init; }

    /// <summary><c>reload</c> events sent: the first pages', then the rest's when more changed.</summary>
    public int ReloadsSent { get; init; }

    /// <summary>When the page an editor was looking at had reloaded: the first reload of this build.</summary>
    public long FirstSentTimestamp => PagesFirstSentTimestamp ?? SentTimestamp;
}
