using StaticKb.Model;

namespace StaticKb.Tests.Model;

public class EntityKindsTests
{
    [Theory]
    [InlineData(EntityKind.Document, "document", "documents")]
    [InlineData(EntityKind.Conference, "conference", "conferences")]
    [InlineData(EntityKind.Person, "person", "people")]
    [InlineData(EntityKind.Organisation, "organisation", "organisations")]
    [InlineData(EntityKind.Place, "place", "places")]
    public void Each_kind_has_an_id_for_annotations_and_a_folder_for_files_and_urls(EntityKind kind, string id, string folder)
    {
        Assert.Equal(id, kind.Id());
        Assert.Equal(folder, kind.Folder());
        Assert.Equal(kind, EntityKinds.FromId(id));
        Assert.Equal(kind, EntityKinds.FromFolder(folder));
    }

    [Theory]
    [InlineData("documents")]
    [InlineData("persons")]
    [InlineData("")]
    public void Anything_else_is_no_kind(string id)
    {
        Assert.Null(EntityKinds.FromId(id));
        Assert.Null(EntityKinds.FromFolder(id == "documents" ? "document" : id));
    }
}
