using StaticKb.Diagnostics;
using StaticKb.Link;

namespace StaticKb.Build;

/// <summary>What a build did: its diagnostics, and when it got that far, the output folder and what was written.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    string? OutputDir,
    int PageCount,
    long TotalBytes,
    IReadOnlyList<TranslationStatus> TranslationStatuses,
    IReadOnlyList<Index.IndexSize>? IndexSizes = null)
{
    public bool Succeeded => Diagnostics.All(d => !d.IsError);
}
