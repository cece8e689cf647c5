using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StaticKb.Diagnostics;

namespace StaticKb.Import.Report;

/// <summary>The import report as JSON for tools: snake_case keys, enum values in kebab-case ("skipped-edited").</summary>
internal static class ImportReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Vietnamese stays readable ("Thủ tướng", not "Th\u1EE7 t\u01B0\u1EDBng"); the JSON is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private sealed record DiagnosticJson(string Severity, string Path, int Line, int Column, string Message, string? Hint);

    private sealed record ReportJson(bool DryRun, IReadOnlyList<ImportedArticleReport> Articles, IReadOnlyList<EntityPageReport> EntityPages, IReadOnlyList<DiagnosticJson> Diagnostics);

    public static string Serialize(ImportResult result) => JsonSerializer.Serialize(
        new ReportJson(result.DryRun, result.Articles, result.EntityPages,
            result.Diagnostics.Select(d => new DiagnosticJson(d.Severity == Severity.Error ? "error" : "warning",
                d.Location.Path, d.Location.Line, d.Location.Column, d.Message, d.Hint)).ToList()),
        Options);
}
