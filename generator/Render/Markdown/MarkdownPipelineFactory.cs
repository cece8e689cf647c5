using Markdig;
using StaticKb.Render.Markdown.Annotations;

namespace StaticKb.Render.Markdown;

/// <summary>
/// The Markdown dialect of StaticKb, chosen extension by extension. Left out on purpose: generic attributes
/// (would let content set <c>onclick</c>), raw HTML (unless site.yml allows it, and then it is sanitised),
/// smarty pants (Vietnamese quotes are typed as they should appear).
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(bool allowRawHtml, Func<string, AnnotationTarget?> resolve)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFigures()          // captions: "^^^" blocks become <figure><figcaption>
            .UseFootnotes()
            .UseAutoLinks()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseListExtras()
            .UsePreciseSourceLocation();
        builder.Extensions.Add(new AnnotationExtension(resolve));
        if (!allowRawHtml) builder.DisableHtml();
        return builder.Build();
    }
}
