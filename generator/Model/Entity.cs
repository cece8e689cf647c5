namespace StaticKb.Model;

/// <summary>A role a person held, as a source states it, e.g. "Thủ tướng Chính phủ" as of 2024-04.</summary>
public sealed record PersonRole(string Title, string? Organisation, PartialDate? AsOf);

/// <summary>
/// Something articles refer to: a document, conference, person, organisation or place. One file per language,
/// paired by <see cref="TranslationKey"/>. Fields that only some kinds have are null for the others.
/// </summary>
public sealed record Entity(
    ContentSource Source,
    EntityKind Kind,
    string Name,
    string TranslationKey,
    IReadOnlyList<string> Aliases,
    bool NeedsReview,
    string? Summary,
    PartialDate? Date,
    string? DocType,
    string? Number,
    string? Issuer,
    string? Chair,
    IReadOnlyList<string> Organisers,
    string? Format,
    IReadOnlyList<PersonRole> Roles,
    string? ShortName,
    string? TranslatedFrom,
    string Body)
{
    /// <summary><c>kind/key</c>, the form used in annotations and front matter lists.</summary>
    public string Id => $"{Kind.Id()}/{TranslationKey}";

    public string Language => Source.Language;
}
