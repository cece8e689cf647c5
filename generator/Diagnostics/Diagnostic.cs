namespace StaticKb.Diagnostics;

/// <summary>One problem found in the input, with where it is and, when we know it, how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style line editors and CI logs understand: <c>path:line:col: error: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{Location}: {severity}: {Message}";
    }
}
