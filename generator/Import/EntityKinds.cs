namespace StaticKb.Import;

/// <summary>The five kinds of entity and the content folder each lives in.</summary>
public static class EntityKinds
{
    public const string Document = "document";
    public const string Conference = "conference";
    public const string Person = "person";
    public const string Organisation = "organisation";
    public const string Place = "place";

    public static readonly IReadOnlyList<string> All = [Document, Conference, Person, Organisation, Place];

    public static string Folder(string kind) => kind switch
    {
        Document => "documents",
        Conference => "conferences",
        Person => "people",
        Organisation => "organisations",
        Place => "places",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an entity kind"),
    };
}
