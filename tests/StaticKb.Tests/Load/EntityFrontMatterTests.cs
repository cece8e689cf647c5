using StaticKb.Model;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Load;

/// <summary>Entity pages: each kind has its own keys, and a key of another kind is as unknown as a typo.</summary>
public class EntityFrontMatterTests
{
    private static (Entity? Entity, IReadOnlyList<string> Diagnostics) LoadEntity(string path, string text)
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write(path, text);
        var (loaded, diagnostics) = site.Load();
        return (loaded?.Entities.SingleOrDefault(e => e.Source.Path == path), diagnostics.Lines());
    }

    [Fact]
    public void A_document_is_read_with_its_number_issuer_and_date()
    {
        var (entity, diagnostics) = LoadEntity("content/vi/documents/15-ct-tw.md", """
            ---
            name: Chỉ thị 15-CT/TW
            translation_key: 15-ct-tw
            aliases: [Chỉ thị 15]
            doc_type: Chỉ thị
            number: 15-CT/TW
            issuer: organisation/ban-bi-thu
            date: 2022-08-10
            ---
            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(entity);
        Assert.Equal(EntityKind.Document, entity.Kind);
        Assert.Equal("document/15-ct-tw", entity.Id);
        Assert.Equal("Chỉ thị 15-CT/TW", entity.Name);
        Assert.Equal(["Chỉ thị 15"], entity.Aliases);
        Assert.Equal("15-CT/TW", entity.Number);
        Assert.Equal("organisation/ban-bi-thu", entity.Issuer);
        Assert.Equal(new PartialDate(2022, 8, 10), entity.Date);
    }

    [Fact]
    public void A_person_is_read_with_roles_as_of_a_date()
    {
        var (entity, diagnostics) = LoadEntity("content/vi/people/pham-minh-chinh.md", """
            ---
            name: Phạm Minh Chính
            translation_key: pham-minh-chinh
            roles:
              - title: Thủ tướng Chính phủ
                as_of: 2024-04
            ---
            """);

        Assert.Empty(diagnostics);
        Assert.Equal([new PersonRole("Thủ tướng Chính phủ", null, new PartialDate(2024, 4))], entity!.Roles);
    }

    [Theory]
    [InlineData("content/vi/documents/x.md", "name: X\ntranslation_key: x", "2:1: error: required key 'doc_type' is missing")]
    [InlineData("content/vi/conferences/x.md", "name: X\ntranslation_key: x", "2:1: error: required key 'date' is missing")]
    [InlineData("content/vi/places/x.md", "translation_key: x", "2:1: error: required key 'name' is missing")]
    [InlineData("content/vi/places/x.md", "name: Hà Nội\ntranslation_key: x\ndate: 2024", "4:1: error: unknown key 'date'")]
    [InlineData("content/vi/documents/x.md", "name: X\ntranslation_key: x\ndoc_type: Chỉ thị\nchair: person/a", "5:1: error: unknown key 'chair'")]
    [InlineData("content/vi/people/x.md", "name: X\ntranslation_key: x\nroles:\n  - organisation: a", "5:5: error: required key 'title' is missing")]
    public void Each_kind_requires_its_own_keys_and_refuses_the_others(string path, string yaml, string expected)
    {
        var (_, diagnostics) = LoadEntity(path, $"---\n{yaml}\n---\n");

        Assert.Equal([$"{path}:{expected}"], diagnostics);
    }

    [Fact]
    public void The_same_key_in_two_sections_is_no_duplicate()
    {
        // An article and a document may share a key: they live at different URLs.
        var (_, diagnostics) = LoadEntity("content/vi/documents/xin-chao.md", "---\nname: X\ntranslation_key: xin-chao\ndoc_type: Luật\n---\n");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Two_entities_of_one_kind_and_language_may_not_share_a_key()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/places/ha-noi.md", "---\nname: Hà Nội\ntranslation_key: ha-noi\n---\n");
        site.Write("content/vi/places/thu-do.md", "---\nname: Thủ đô\ntranslation_key: ha-noi\n---\n");

        var (_, diagnostics) = site.Load();

        Assert.Equal(["content/vi/places/thu-do.md:3:1: error: translation_key 'ha-noi' is already used by content/vi/places/ha-noi.md"], diagnostics.Lines());
    }
}
