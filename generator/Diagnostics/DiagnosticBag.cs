namespace StaticKb.Diagnostics;

/// <summary>
/// Collects diagnostics instead of throwing, so one run reports every problem in the content.
/// Thread-safe: stages may load or render files in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    public void Error(SourceLocation at, string message, string? hint = null) => Add(new(Severity.Error, at, message, hint));

    public void Warning(SourceLocation at, string message, string? hint = null) => Add(new(Severity.Warning, at, message, hint));

    public bool HasErrors
    {
        get { lock (_lock) return _items.Any(d => d.IsError); }
    }

    /// <summary>Diagnostics in a stable order (file, line, column), whatever order the stages found them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
