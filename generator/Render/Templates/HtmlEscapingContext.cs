using Scriban;
using Scriban.Parsing;

namespace StaticKb.Render.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value printed by <c>{{ … }}</c> unless it is <see cref="RawHtml"/>.
/// Escaping by default means a template author cannot forget it: content and config never reach the page as markup.
/// </summary>
public sealed class HtmlEscapingContext(Scriban.Runtime.ScriptObject? builtins = null) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Escape(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escape(textAsObject));

    private object Escape(object? value) => value switch
    {
        null => string.Empty,
        RawHtml raw => raw.Html,
        string s => HtmlText.Escape(s),
        bool or int or long or double or decimal => ObjectToString(value) ?? string.Empty,
        _ => HtmlText.Escape(ObjectToString(value) ?? string.Empty),
    };
}
