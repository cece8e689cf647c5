using System.Collections.Concurrent;
using StaticKb.Diagnostics;
using StaticKb.Render.Markdown;

namespace StaticKb.Render;

/// <summary>
/// What the Render stage keeps from one build to the next in <c>statickb serve</c>: each page with the article
/// bodies it was made from and the diagnostics it gave, and each Markdown body as rendered for each language's
/// readers. When only some article bodies changed, a page none of them reaches is taken as it was, and a body that
/// did not change is not parsed again. Anything else that changes (front matter, entities, templates, site.yml)
/// calls <see cref="Clear"/> through the build cache, and everything is rendered afresh.
/// </summary>
public sealed class RenderMemory
{
    internal ConcurrentDictionary<string, RememberedPage> Pages { get; } = new(StringComparer.Ordinal);

    internal ConcurrentDictionary<(string Lang, string Path), RememberedMarkdown> Markdown { get; } = new();

    internal ConcurrentDictionary<(string Lang, string Path), RememberedBlocks> Blocks { get; } = new();

    internal ConcurrentDictionary<(string Lang, string Key, bool WithBody), RememberedArticle> Articles { get; } = new();

    /// <summary>
    /// What some pages were made from besides bodies, by page group (<c>vi/timeline</c>: which articles annotated each
    /// entity; <c>vi/status</c>: every translation's state), so a body change that leaves it the same keeps them.
    /// </summary>
    internal ConcurrentDictionary<string, string> Inputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Every translation's state as the last build found it, by language of the status page that lists them.</summary>
    internal ConcurrentDictionary<string, Link.TranslationStatus[]> Statuses { get; } = new(StringComparer.Ordinal);

    /// <summary>Each language's mention sentences as the last build recorded them for backlinks.</summary>
    internal ConcurrentDictionary<string, RecordedMentions> Mentions { get; } = new(StringComparer.Ordinal);

    /// <summary>Each entity's backlinks in order, by language, with what they were made from.</summary>
    internal ConcurrentDictionary<(string Lang, string Entity), RememberedBacklinkKeys> BacklinkKeys { get; } = new();

    /// <summary>The files of the last build's pages in the order they were listed, and the order that sorts them.</summary>
    internal (string[] Files, int[] Order)? LastOrder { get; set; }

    /// <summary>
    /// The last build's pages sorted by file, as the output lists them (null where a page failed), their files, and the
    /// <see cref="RenderedSite.PageList"/> that stands for the pages it gave.
    /// </summary>
    internal (string[] Files, RenderedPage?[] Pages, object PageList)? LastSorted { get; set; }

    /// <summary>Files of the remembered pages that gave diagnostics (few), so a save need not look at every page for them.</summary>
    internal ConcurrentDictionary<string, byte> PagesWithDiagnostics { get; } = new(StringComparer.Ordinal);

    /// <summary>The remembered article views that report diagnostics (few: a body's errors, in the language it is read in).</summary>
    internal ConcurrentDictionary<(string Lang, string Key, bool WithBody), byte> ArticlesWithDiagnostics { get; } = new();

    /// <summary>Pages the last build rendered; the others it took from memory.</summary>
    public int LastRendered { get; internal set; }

    /// <summary>
    /// Whether the last build listed every page to decide which to render again; false when it changed article bodies
    /// only, naming the same entities, and took the rest of the site as it was without listing it.
    /// </summary>
    public bool LastListedEveryPage { get; internal set; } = true;

    public void Clear()
    {
        Pages.Clear();
        Markdown.Clear();
        Blocks.Clear();
        Articles.Clear();
        Inputs.Clear();
        Statuses.Clear();
        Mentions.Clear();
        BacklinkKeys.Clear();
        LastOrder = null;
        LastSorted = null;
        PagesWithDiagnostics.Clear();
        ArticlesWithDiagnostics.Clear();
    }

    /// <param name="Bodies">Translation keys of the articles whose bodies the page shows or quotes; null: every body.</param>
    internal sealed record RememberedPage(RenderedPage? Page, IReadOnlySet<string>? Bodies, IReadOnlyList<Diagnostic> Diagnostics);

    internal sealed record RememberedMarkdown(string Body, int BodyLine, RenderedMarkdown Result, IReadOnlyList<Diagnostic> Diagnostics);

    /// <param name="Versions">The article's versions (one per language) the view was made from, compared by reference.</param>
    /// <param name="Mentions">With the body: its mention sentences and their language, for backlinks.</param>
    internal sealed record RememberedArticle(IReadOnlyList<Model.Article> Versions, Pages.ArticleView View, IReadOnlyList<Diagnostic> Diagnostics,
        (IReadOnlyList<Mention> Mentions, string Lang)? Mentions);

    /// <param name="ArticleKeys">The articles in the order their mentions were recorded.</param>
    /// <param name="ByEntity">Each entity's mentions in that order (lists never changed once recorded).</param>
    /// <param name="ByArticle">Each article's mentions as its body gave them, and their language.</param>
    internal sealed record RecordedMentions(IReadOnlyList<string> ArticleKeys,
        Dictionary<string, List<(string ArticleKey, string Sentence, string Lang)>> ByEntity,
        Dictionary<string, (IReadOnlyList<Mention> Mentions, string Lang)> ByArticle);

    /// <param name="Mentions">The entity's mention list they were made from, compared by reference (lists never change once recorded).</param>
    internal sealed record RememberedBacklinkKeys(IReadOnlyList<string> Listing, object Mentions, int Articles, List<string> Keys);

    internal sealed record RememberedBlocks(string Body, int BodyLine, IReadOnlyList<RenderedBlock> Result);
}
