namespace StaticKb.Diagnostics;

/// <summary>Prints diagnostics for people (with hints) and, under GitHub Actions, as workflow annotations.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter output, bool githubAnnotations)
    {
        foreach (var d in diagnostics)
        {
            output.WriteLine(d.ToString());
            if (d.Hint is not null) output.WriteLine($"  hint: {d.Hint}");
            if (githubAnnotations)
            {
                var kind = d.IsError ? "error" : "warning";
                output.WriteLine($"::{kind} file={Escape(d.Location.Path)},line={d.Location.Line},col={d.Location.Column}::{EscapeMessage(d.Message)}");
            }
        }
    }

    // GitHub's workflow-command escaping: properties and messages use different sets.
    private static string EscapeMessage(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Escape(string s) => EscapeMessage(s).Replace(":", "%3A").Replace(",", "%2C");
}
