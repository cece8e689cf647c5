namespace StaticKb.Import;

/// <summary>The five kinds of entity as the words import uses for them (<c>person</c>), and their content folders.</summary>
public static class EntityKinds
{
    public const string Document = "document";
    public const string Conference = "conference";
    public const string Person = "person";
    public const string Organisation = "organisation";
    public const string Place = "place";

    public static readonly IReadOnlyList<string> All = [Document, Conference, Person, Organisation, Place];

    public static string Folder(string kind) =>
        (Model.EntityKinds.FromId(kind) is { } k ? Model.EntityKinds.Folder(k) : null) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an entity kind");
}
