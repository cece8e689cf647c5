using StaticKb.Diagnostics;

namespace StaticKb.Serve;

/// <summary>What one build of a serve session did; the first build has <see cref="Changes"/> null.</summary>
/// <param name="Build">1 for the first build, then one more per rebuild.</param>
/// <param name="Event">The event sent to the pages: <c>reload</c>, <c>error</c>, or null when the output did not change.</param>
/// <param name="ChangeSeenTimestamp">Stopwatch timestamp of the first file event of the batch (or of the start).</param>
/// <param name="BuildStartTimestamp">Stopwatch timestamp when the build started (after the debounce).</param>
/// <param name="SentTimestamp">Stopwatch timestamp when the event had gone to every page.</param>
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
    IReadOnlyList<(string Stage, double Ms)> Stages);
