namespace StaticKb.Render.Templates;

/// <summary>
/// A page template's output on its way into the layout (<c>{{ content }}</c>), printed as is, like <see cref="RawHtml"/>,
/// but straight from the page template's buffer: the page's body is not made into a string of its own.
/// </summary>
/// <remarks>Valid only while the page renders: the buffer goes back to the pool afterwards.</remarks>
internal sealed class LayoutContent(ReadOnlyMemory<char> html)
{
    public ReadOnlySpan<char> Span => html.Span;

    public override string ToString() => html.ToString();
}
