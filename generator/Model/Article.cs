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
    /// <summary>Where each entity reference of the front matter is written, for diagnostics about it.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> ReferenceLocations { get; init; } =
        new Dictionary<string, Diagnostics.SourceLocation>();

    public string Language => Source.Language;
    public string Slug => Source.Slug;
}
