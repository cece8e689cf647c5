using StaticKb.Diagnostics;
using StaticKb.Import.Report;

namespace StaticKb.Import;

/// <summary>What an import run did, per seed and per entity page, with every diagnostic (errors and warnings).</summary>
public sealed record ImportResult(IReadOnlyList<ImportedArticleReport> Articles, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IReadOnlyList<EntityPageReport> EntityPages { get; init; } = [];

    /// <summary>True when nothing was written: the actions say what would have happened.</summary>
    public bool DryRun { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The report as an aligned table for a terminal, followed by what needs an editor.</summary>
    public void WriteTable(TextWriter output) => ImportReportTable.Write(this, output);

    /// <summary>The report as indented JSON, keys in snake_case, Vietnamese unescaped, stable from run to run.</summary>
    public string ToJson() => ImportReportJson.Serialize(this);
}
