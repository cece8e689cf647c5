using StaticKb.Diagnostics;

namespace StaticKb.Tests.Support;

/// <summary>Diagnostics as the user reads them (<c>path:line:col: error: message</c>), so assertions show the real text.</summary>
public static class DiagnosticLines
{
    public static IReadOnlyList<string> Lines(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.ToString()).ToList();

    public static IReadOnlyList<string> ErrorLines(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();

    /// <summary>What <c>statickb build</c> prints on stderr: each diagnostic and its hint.</summary>
    public static string Printed(this IEnumerable<Diagnostic> diagnostics)
    {
        var writer = new StringWriter { NewLine = "\n" };
        DiagnosticPrinter.Print(diagnostics, writer, githubAnnotations: false);
        return writer.ToString();
    }

    /// <summary>The one diagnostic whose text starts with <paramref name="prefix"/> (path:line:col…); fails listing them all otherwise.</summary>
    public static Diagnostic Single(this IEnumerable<Diagnostic> diagnostics, string prefix)
    {
        var list = diagnostics.ToList();
        var matches = list.Where(d => d.ToString().StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1,
            $"expected exactly one diagnostic starting with\n  {prefix}\nbut got:\n  {string.Join("\n  ", list.Select(d => d.ToString()))}");
        return matches[0];
    }
}
