namespace StaticKb.Render.Templates;

/// <summary>
/// HTML that the generator made itself (Markdown output, a rendered partial) and that templates print as is.
/// Every other value a template prints is escaped; see <see cref="HtmlEscapingContext"/>.
/// </summary>
public sealed record RawHtml(string Html)
{
    private readonly Func<string>? _render;

    /// <summary>
    /// HTML made when it is printed, and made again each time: an article's body in a one-off build, which would
    /// otherwise be held, for every article of the site at once, from the moment its mentions are known until its
    /// page is rendered.
    /// </summary>
    internal RawHtml(Func<string> render) : this(string.Empty) => _render = render;

    public string Html { get => _render is null ? field : _render(); init; } = Html;

    public override string ToString() => Html;
}
