using StaticKb.Tests.Support;

namespace StaticKb.Tests.Link;

/// <summary>
/// Regression (fixed): SiteLinker.Link (generator/Link/SiteLinker.cs, lines 27 and 36) reports an unknown entity named in
/// front matter at line 1, column 1 of the file, not at the list item that names it, although DESIGN.md asks for the
/// position from YamlDotNet's marks. In a file listing many entities the editor must search for the id.
/// Fix: keep the position of each list item when reading front matter (e.g. an <c>IReadOnlyList&lt;Located&lt;string&gt;&gt;</c>
/// for Entities/Conferences/Issuer/Chair/Organisers, or a side table of SourceLocation by id) and report there.
/// </summary>
public class Regressions_LinkTests
{
    [Fact]
    public void An_unknown_entity_in_front_matter_is_reported_at_the_list_item_naming_it()
    {
        using var site = FixtureSite.Copy("bilingual");
        var file = "content/vi/articles/xuat-khau-thang-7.md";
        site.Write(file, site.ReadText(file).Replace("organisation/bo-ngoai-giao", "organisation/bo-ngoai-giaoo"));

        var (_, diagnostics) = site.Link();

        // Line 8 is "  - organisation/bo-ngoai-giaoo"; the item starts in column 5.
        Assert.Equal([$"{file}:8:5: error: front matter lists an unknown entity 'organisation/bo-ngoai-giaoo'"], diagnostics.Lines());
    }
}
