namespace StaticKb.Render.Templates;

/// <summary>
/// HTML that the generator made itself (Markdown output, a rendered partial) and that templates print as is.
/// Every other value a template prints is escaped; see <see cref="HtmlEscapingContext"/>.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
