using StaticKb.Diagnostics;
using StaticKb.Link;

namespace StaticKb.Build;

/// <summary>
/// What a build did: its diagnostics, and when it got that far, the output folder and what was written. A build
/// that was asked not to write (<see cref="BuildOptions.WriteOutput"/> false) and had no errors returns the
/// files it would have written in <see cref="Files"/>.
/// </summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    string? OutputDir,
    int PageCount,
    long TotalBytes,
    IReadOnlyList<TranslationStatus> TranslationStatuses,
    IReadOnlyList<Index.IndexSize>? IndexSizes = null,
    IReadOnlyList<Publish.OutputFile>? Files = null)
{
    public bool Succeeded => Diagnostics.All(d => !d.IsError);

    /// <summary>Milliseconds per stage, in order (load, link, templates, render, index, files, link check, write).</summary>
    public IReadOnlyList<(string Stage, double Ms)> StageTimes { get; init; } = [];

    /// <summary>
    /// With <see cref="BuildOptions.DeferSearchIndex"/>: makes the new search files, which <see cref="Files"/> holds
    /// in their previous version until then. Null when the search files are already in <see cref="Files"/>.
    /// </summary>
    public Func<SearchFilesUpdate>? PendingSearchFiles { get; init; }

    /// <summary>With <see cref="BuildOptions.DeferLinkCheck"/>: checks the links of <see cref="Files"/> and gives the warnings.</summary>
    public Func<IReadOnlyList<Diagnostic>>? PendingLinkCheck { get; init; }
}

/// <summary>Search files made after the pages (<see cref="BuildResult.PendingSearchFiles"/>), with what the Index stage reported.</summary>
/// <param name="Replaces">The previous search files published with the pages, which these replace (shards are named by
/// their content, so new files do not simply overwrite old ones).</param>
public sealed record SearchFilesUpdate(IReadOnlyList<Publish.OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Replaces)
{
    public bool Succeeded => Diagnostics.All(d => !d.IsError);
}
