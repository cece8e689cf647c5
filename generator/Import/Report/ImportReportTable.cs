namespace StaticKb.Import.Report;

/// <summary>
/// The import report for a terminal: one aligned row per seed (what happened, date, counts), then the titles,
/// what needs an editor (with seed:line:column so an editor can jump there), and the entity pages written.
/// </summary>
internal static class ImportReportTable
{
    private const int MaxCell = 48;

    public static void Write(ImportResult result, TextWriter output)
    {
        output.WriteLine(result.DryRun
            ? $"Import of {result.Articles.Count} seed(s), dry run: nothing was written; actions are what would happen."
            : $"Import of {result.Articles.Count} seed(s).");
        output.WriteLine();

        var rows = new List<string[]> { new[] { "SEED", "ACTION", "OUTPUT", "DATE", "ENTITIES", "CONF", "FIGURES", "NOTES" } };
        foreach (var a in result.Articles)
        {
            rows.Add([
                Path.GetFileName(a.Seed),
                Action(a.Action),
                a.Output is null ? "-" : Cut(Path.GetFileName(a.Output)),
                a.Date is null ? "-" : a.DateInferred ? $"{a.Date} (inferred)" : a.Date,
                $"{a.KnownEntities.Count} known, {a.NewEntities.Count} new",
                a.Conferences.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                a.Figures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                a.NeedsEditor.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ]);
        }
        WriteAligned(rows, output);

        output.WriteLine();
        output.WriteLine("Titles:");
        foreach (var a in result.Articles.Where(a => a.Title is not null))
            output.WriteLine($"  {Path.GetFileName(a.Seed)}  {a.Title}{(a.TitleDerived ? "  [derived from the lead: review]" : "")}");

        var skipped = result.Articles.Where(a => a.Reason is not null).ToList();
        if (skipped.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Not written:");
            foreach (var a in skipped) output.WriteLine($"  {a.Output ?? a.Seed}: {a.Reason}");
        }

        var notes = result.Articles.SelectMany(a => a.NeedsEditor.Select(n => (a.Seed, Note: n))).ToList();
        if (notes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Needs an editor:");
            foreach (var (seed, n) in notes)
            {
                var at = n.Line is not null ? $"{seed}:{n.Line}:{n.Column}" : seed;
                output.WriteLine($"  {at}  {n.Topic}: {n.Message}");
            }
        }

        if (result.EntityPages.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Entity pages for entities not in the registry (needs_review):");
            var pageRows = result.EntityPages.Select(p => new[] { Action(p.Action), p.Output, p.Reason ?? "" }).ToList();
            WriteAligned(pageRows, output, indent: "  ");
        }
    }

    private static string Action(ImportAction action) => action switch
    {
        ImportAction.Created => "created",
        ImportAction.Updated => "updated",
        ImportAction.Unchanged => "unchanged",
        ImportAction.SkippedEdited => "skipped-edited",
        _ => "failed",
    };

    private static string Cut(string s) => s.Length <= MaxCell ? s : s[..(MaxCell - 1)] + "…";

    private static void WriteAligned(IReadOnlyList<string[]> rows, TextWriter output, string indent = "")
    {
        var widths = Enumerable.Range(0, rows.Max(r => r.Length)).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine((indent + string.Join("  ", cells)).TrimEnd());
        }
    }
}
