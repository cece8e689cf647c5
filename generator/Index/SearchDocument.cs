namespace StaticKb.Index;

/// <summary>
/// One searchable page, extracted from its rendered HTML by <see cref="SearchDocumentExtractor"/>.
/// Text is NFC; the Index stage analyses it, nothing upstream needs to.
/// </summary>
/// <param name="Id">Site-relative URL of the page, e.g. <c>vi/articles/day-manh-ngoai-giao/</c>.
/// The search index refers to a page by its position in <see cref="SearchIndexOutput.DocumentsJson"/>
/// (a short number) rather than by this URL, because the reference is repeated in every posting.</param>
/// <param name="Kind">"article", "document", "conference", "person", "organisation", "place", "topic" or "page".</param>
/// <param name="Body">The page's text; see <see cref="WithBodyElsewhere"/>.</param>
public sealed record SearchDocument(
    string Id,
    string Kind,
    string Title,
    IReadOnlyList<string> Headings,
    string Body,
    IReadOnlyList<string> EntityNames,
    IReadOnlyList<string> DocumentNumbers)
{
    private StaticKb.Text.DeferredText BodyText { get; init; } = new(Body);

    public string Body { get => BodyText.Value; init => BodyText = new(value); }

    /// <summary>
    /// This document with its body kept elsewhere (a build's scratch file) and read by <paramref name="readBody"/>
    /// each time it is asked for, so that the pages' text need not be held in memory until the Index stage.
    /// </summary>
    public SearchDocument WithBodyElsewhere(Func<string> readBody) => this with { BodyText = new(readBody) };
}
