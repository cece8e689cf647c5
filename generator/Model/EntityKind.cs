namespace StaticKb.Model;

public enum EntityKind
{
    Document,
    Conference,
    Person,
    Organisation,
    Place,
}

public static class EntityKinds
{
    public static readonly IReadOnlyList<EntityKind> All = Enum.GetValues<EntityKind>();

    /// <summary>The singular word used in annotations and ids: <c>document/15-ct-tw</c>.</summary>
    public static string Id(this EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The content and URL folder: <c>content/vi/documents/</c>, <c>/vi/documents/</c>.</summary>
    public static string Folder(this EntityKind kind) => kind switch
    {
        EntityKind.Person => "people",
        _ => kind.Id() + "s",
    };

    public static EntityKind? FromId(string id) => All.Cast<EntityKind?>().FirstOrDefault(k => k!.Value.Id() == id);

    public static EntityKind? FromFolder(string folder) => All.Cast<EntityKind?>().FirstOrDefault(k => k!.Value.Folder() == folder);
}
