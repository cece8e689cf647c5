using StaticKb.Import.Figures;
using StaticKb.Import.Layout;
using StaticKb.Import.Recognition;

namespace StaticKb.Import;

/// <summary>What import did with a file. In a dry run, what it would have done.</summary>
public enum ImportAction
{
    Created,
    Updated,
    Unchanged,
    /// <summary>Left alone because an editor changed it (or wrote it) after the last import.</summary>
    SkippedEdited,
    /// <summary>The seed could not be read; see the diagnostics.</summary>
    Failed,
}

/// <summary>
/// One seed's import: where it went, what was found in it, and what an editor must look at
/// (<see cref="NeedsEditor"/>: no title line, inferred year, unknown people, ambiguous references …).
/// </summary>
public sealed record ImportedArticleReport(
    string Seed,
    string? Output,
    ImportAction Action,
    string? Reason,
    string? Title,
    bool TitleDerived,
    string? Date,
    string? DatePrecision,
    bool DateInferred,
    string DateEvidence,
    string? Source,
    string? Url,
    IReadOnlyList<string> KnownEntities,
    IReadOnlyList<string> NewEntities,
    IReadOnlyList<string> Conferences,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<EditorNote> NeedsEditor,
    IReadOnlyList<DroppedLine> Dropped)
{
    public static ImportedArticleReport Failed(string seed, string reason) =>
        new(seed, null, ImportAction.Failed, reason, null, false, null, null, false, "", null, null, [], [], [], [], [], []);
}

/// <summary>An entity page the import wrote (or would have, or left alone) for an entity the registry lacks.</summary>
public sealed record EntityPageReport(string Entity, string Output, ImportAction Action, string? Reason, IReadOnlyList<string> Seeds);
