namespace StaticKb.Import.Recognition;

/// <summary>Something in an article an editor has to decide, with where in the seed it is (1-based line and column) when it is one place.</summary>
public sealed record EditorNote(string Topic, string Message, int? Line = null, int? Column = null)
{
    public const string NoTitle = "no title line";
    public const string InferredYear = "inferred year";
    public const string NoDate = "no date";
    public const string UnknownPerson = "unknown person";
    public const string NewEntity = "new entity";
    public const string Ambiguous = "ambiguous reference";
    public const string Unresolved = "unresolved reference";
    public const string UndatedConference = "conference without a name or date";
}
