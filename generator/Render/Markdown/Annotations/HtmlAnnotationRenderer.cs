using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticKb.Render.Markdown.Annotations;

/// <summary>
/// Renders a resolved annotation as a link to the entity's page in the reader's language; the name in the other
/// language travels as a gloss (tooltip and <c>data-gloss</c>, which search indexes too).
/// </summary>
public sealed class HtmlAnnotationRenderer(Func<string, AnnotationTarget?> resolve) : HtmlObjectRenderer<AnnotationInline>
{
    protected override void Write(HtmlRenderer renderer, AnnotationInline inline)
    {
        var target = resolve(inline.EntityId);
        var text = inline.Text ?? target?.Name ?? inline.EntityId;
        if (target is null)
        {
            // Reported as a diagnostic by the resolver; the text is still shown so nothing is lost.
            renderer.WriteEscape(text);
            return;
        }
        renderer.Write("<a class=\"entity entity-").Write(target.Kind).Write("\" href=\"").WriteEscapeUrl(target.Href).Write('"');
        renderer.Write(" title=\"").WriteEscape(target.Gloss).Write("\" data-gloss=\"").WriteEscape(target.Gloss).Write('"');
        renderer.Write(" data-gloss-lang=\"").WriteEscape(target.GlossLanguage).Write('"');
        if (target.DocumentNumber is not null) renderer.Write(" data-doc-number=\"").WriteEscape(target.DocumentNumber).Write('"');
        renderer.Write('>').WriteEscape(text).Write("</a>");
    }
}
