using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace StaticKb.Render.Markdown.Annotations;

/// <summary>Adds <c>[[kind/key|text]]</c> entity annotations to a Markdig pipeline.</summary>
public sealed class AnnotationExtension(Func<string, AnnotationTarget?> resolve) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<AnnotationParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new AnnotationParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlAnnotationRenderer>())
            html.ObjectRenderers.InsertBefore<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new HtmlAnnotationRenderer(resolve));
    }
}
