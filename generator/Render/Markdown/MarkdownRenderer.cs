using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticKb.Diagnostics;
using StaticKb.Model;
using StaticKb.Render.Markdown.Annotations;

namespace StaticKb.Render.Markdown;

/// <summary>
/// Renders one language's Markdown bodies. Annotations are resolved against the entities of that language,
/// unknown ones and unsafe link targets become diagnostics at the body's line and column.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];
    private readonly MarkdownPipeline _pipeline;
    private readonly Func<string, AnnotationTarget?> _resolve;
    private readonly bool _allowRawHtml;
    private readonly Lazy<HtmlSanitizer> _sanitizer = new(CreateSanitizer); // only sites that allow raw HTML need it

    // The sanitiser removes scripts and event handlers from editors' raw HTML, but keeps what the generator's own
    // markup needs: classes, ids (footnotes, headings) and data-* attributes (annotations).
    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer { AllowDataAttributes = true };
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        return sanitizer;
    }

    public MarkdownRenderer(bool allowRawHtml, Func<string, AnnotationTarget?> resolve)
    {
        _allowRawHtml = allowRawHtml;
        _resolve = resolve;
        _pipeline = MarkdownPipelineFactory.Create(allowRawHtml, resolve);
    }

    public RenderedMarkdown Render(ContentSource source, string markdown, DiagnosticBag diagnostics)
    {
        var document = ParseChecked(source, markdown, diagnostics);
        return new RenderedMarkdown(ToHtml(document), MentionExtractor.Extract(document, NameOf));
    }

    /// <summary>What <see cref="Render"/> reports and the mentions it finds, without the HTML.</summary>
    public IReadOnlyList<Mention> Mentions(ContentSource source, string markdown, DiagnosticBag diagnostics) =>
        MentionExtractor.Extract(ParseChecked(source, markdown, diagnostics), NameOf);

    /// <summary>The HTML of <see cref="Render"/>, its diagnostics left out (<see cref="Mentions"/> reported them).</summary>
    public string Html(ContentSource source, string markdown) => ToHtml(ParseChecked(source, markdown, new DiagnosticBag()));

    private MarkdownDocument ParseChecked(ContentSource source, string markdown, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case AnnotationInline a:
                    if (_resolve(a.EntityId) is null)
                        diagnostics.Error(At(source, a), $"annotation names an unknown entity '{a.EntityId}'",
                            EntityIdHint(a.EntityId));
                    break;
                case LinkInline { Url: { } url } link when !IsSafeUrl(url):
                    diagnostics.Error(At(source, link), $"link target '{url}' is not allowed",
                        "link to http(s) or mailto addresses, or to a path in the site");
                    link.Url = "#";
                    break;
                case AutolinkInline { Url: { } autoUrl } autolink when !IsSafeUrl(autoUrl):
                    diagnostics.Error(At(source, autolink), $"link target '{autoUrl}' is not allowed",
                        "link to http(s) or mailto addresses, or to a path in the site");
                    autolink.Url = "#";
                    break;
            }
        }
        return document;
    }

    private string ToHtml(MarkdownDocument document)
    {
        var html = Markdig.Markdown.ToHtml(document, _pipeline);
        return _allowRawHtml ? _sanitizer.Value.Sanitize(html) : html;
    }

    /// <summary>
    /// The body's top-level blocks, each rendered on its own, with its kind and line: the rows of the parallel
    /// reading view, and what is compared to see whether a translation lines up with its source.
    /// </summary>
    public IReadOnlyList<RenderedBlock> RenderBlocks(ContentSource source, string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var blocks = new List<RenderedBlock>();
        // One renderer for all the blocks while each ends its last line, which leaves the renderer as a new one
        // would be (setting one up for the pipeline costs more than rendering a paragraph); a new one otherwise.
        var writer = new StringWriter();
        var renderer = NewBlockRenderer(writer);
        foreach (var block in document)
        {
            if (block is LinkReferenceDefinitionGroup or BlankLineBlock) continue;
            var text = writer.GetStringBuilder();
            if (text.Length > 0 && text[^1] != '\n') renderer = NewBlockRenderer(writer = new StringWriter());
            writer.GetStringBuilder().Clear();
            renderer.Render(block);
            writer.Flush();
            var html = writer.ToString();
            if (_allowRawHtml) html = _sanitizer.Value.Sanitize(html);
            var kind = block switch
            {
                HeadingBlock => "heading",
                Markdig.Extensions.Figures.Figure => "figure",
                ListBlock => "list",
                Markdig.Extensions.Tables.Table => "table",
                _ => "paragraph",
            };
            blocks.Add(new RenderedBlock(kind, source.BodyLine + block.Line, html));
        }
        return blocks;
    }

    private Markdig.Renderers.HtmlRenderer NewBlockRenderer(StringWriter writer)
    {
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        return renderer;
    }

    private string? NameOf(string id) => _resolve(id)?.Name;

    private static SourceLocation At(ContentSource source, MarkdownObject node) =>
        new(source.Path, source.BodyLine + node.Line, node.Column + 1);

    private static string EntityIdHint(string id)
    {
        var slash = id.IndexOf('/');
        if (slash < 0 || EntityKinds.FromId(id[..slash]) is null)
            return $"write [[kind/key|text]] with kind one of {string.Join(", ", EntityKinds.All.Select(k => k.Id()))}";
        return $"create content/<lang>/{EntityKinds.FromId(id[..slash])!.Value.Folder()}/{id[(slash + 1)..]}.md in both languages, or fix the key";
    }

    internal static bool IsSafeUrl(string url)
    {
        var colon = url.IndexOf(':');
        if (colon < 0) return true;
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // a relative path that happens to contain ':'
        var scheme = url[..colon].Trim().ToLowerInvariant();
        return SafeSchemes.Contains(scheme);
    }
}
