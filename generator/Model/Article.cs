namespace StaticKb.Model;

/// <summary>One news article in one language, as its front matter and body say.</summary>
public sealed record Article(
    ContentSource Source,
    string Title,
    bool TitleNeedsReview,
    PartialDate Date,
    string? SourceName,
    string? Url,
    string TranslationKey,
    string? Summary,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> Conferences,
    IReadOnlyList<KeyFigure> Figures,
    ImportProvenance? Import,
    string? TranslatedFrom,
    bool Draft,
    string Body)
{
    private StaticKb.Text.DeferredText BodyText { get; init; } = new(Body);

    /// <summary>The Markdown after the front matter; see <see cref="WithBodyElsewhere"/>.</summary>
    public string Body { get => BodyText.Value; init => BodyText = new(value); }

    /// <summary>
    /// This article with its body kept elsewhere (a one-off build's scratch file) and read by
    /// <paramref name="readBody"/> each time it is asked for, so that a large site's bodies are not all held in
    /// memory while its pages render.
    /// </summary>
    public Article WithBodyElsewhere(Func<string> readBody) => this with { BodyText = new(readBody) };

    /// <summary>Where each entity reference of the front matter is written, for diagnostics about it.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> ReferenceLocations { get; init; } =
        new Dictionary<string, Diagnostics.SourceLocation>();

    public string Language => Source.Language;
    public string Slug => Source.Slug;
}
