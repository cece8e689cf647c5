namespace StaticKb.Index;

/// <summary>
/// The fields of both indexes, in the order lunr stores them, with their build-time boosts (lunr multiplies
/// every BM25 weight in the field by its boost). A short title carries more than a long body already; the
/// boosts then say which field tells the most about what a page is: its document numbers and title first,
/// then the entities it is about, then its headings, then its body.
/// </summary>
internal static class SearchFields
{
    public const string Title = "title";
    public const string Headings = "headings";
    public const string Body = "body";
    public const string Entities = "entities";
    public const string DocNumbers = "docnumbers";

    public static readonly IReadOnlyList<LunrField> All = new LunrField[]
    {
        new(Title, 8),
        new(Headings, 3),
        new(Body, 1),
        new(Entities, 4),
        new(DocNumbers, 6),
    };

    /// <summary>
    /// The text lunr would be given for each field of a page, in <see cref="All"/> order. List items are
    /// joined with "; " so no bigram reaches from one heading or name into the next.
    /// </summary>
    public static string[] Texts(SearchDocument document, string language) => new[]
    {
        document.Title,
        string.Join("; ", document.Headings),
        document.Body,
        string.Join("; ", document.EntityNames),
        DocumentNumberTerms.FieldText(document.DocumentNumbers, language),
    };
}
