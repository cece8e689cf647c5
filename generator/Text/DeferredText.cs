namespace StaticKb.Text;

/// <summary>
/// A text held in memory, or kept elsewhere (a one-off build's scratch file) and read back each time it is asked
/// for. Records whose long text a large build need not hold (<see cref="Model.Article.Body"/>,
/// <see cref="Index.SearchDocument.Body"/>) keep it as one of these behind a plain string property.
/// </summary>
public readonly struct DeferredText
{
    private readonly string? _text;
    private readonly Func<string>? _read;

    public DeferredText(string text) => _text = text;

    public DeferredText(Func<string> read) => _read = read;

    public string Value => _read is not null ? _read() : _text ?? "";
}
