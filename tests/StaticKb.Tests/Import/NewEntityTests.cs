using StaticKb.Import;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import;

/// <summary>What the registry does not know becomes a page marked needs_review, never a dropped mention.</summary>
public class NewEntityTests
{
    [Fact]
    public void An_unknown_person_gets_a_needs_review_page_with_the_role_as_stated()
    {
        using var project = new TempProject();
        var seed = project.AddSeed("a.txt", "Làm việc với doanh nghiệp\n\nSáng 5/6, Thứ trưởng Bộ Tài chính Nguyễn Văn Thắng làm việc với doanh nghiệp về kế hoạch năm 2024.\n");

        var result = Importer.Run(new ImportOptions(project.Root, [seed], SeedRegistry.Entities));

        var page = new ImportedFile(project.Read("content/vi/people/nguyen-van-thang.md"));
        Assert.Equal(("Nguyễn Văn Thắng", "nguyen-van-thang", "true"), (page["name"], page["translation_key"], page["needs_review"]));
        var role = Assert.Single(page.Maps("roles"));
        Assert.Equal(("Thứ trưởng Bộ Tài chính", "2024-06"), (role["title"], role["as_of"]));
        var article = result.Articles.Single();
        Assert.Contains("person/nguyen-van-thang", article.NewEntities);
        Assert.Contains(article.NeedsEditor, n => n.Topic == "unknown person" && n.Line == 3);
        Assert.Contains("[[person/nguyen-van-thang|Nguyễn Văn Thắng]]", project.Read(article.Output!));
        Assert.Equal(ImportAction.Created, result.EntityPages.Single(p => p.Entity == "person/nguyen-van-thang").Action);
    }

    [Fact]
    public void An_unknown_document_gets_a_page_with_type_number_issuer_and_date()
    {
        using var project = new TempProject();
        var seed = project.AddSeed("a.txt", "Triển khai kết luận\n\nCác bộ triển khai Kết luận số 57-KL/TW ngày 30/6/2024 của Bộ Chính trị về khoa học công nghệ.\n\nKết luận số 57 đặt ra nhiều mục tiêu.\n");

        Importer.Run(new ImportOptions(project.Root, [seed], SeedRegistry.Entities));

        var page = new ImportedFile(project.Read("content/vi/documents/57-kl-tw.md"));
        Assert.Equal(("Kết luận số 57-KL/TW", "Kết luận", "57-KL/TW", "organisation/bo-chinh-tri", "2024-06-30", "true"),
            (page["name"], page["doc_type"], page["number"], page["issuer"], page["date"], page["needs_review"]));
        Assert.Equal(["Kết luận số 57"], page.List("aliases"));
        Assert.Contains("[[document/57-kl-tw|Kết luận số 57]] đặt ra", project.Read("content/vi/articles/trien-khai-ket-luan.md"));
    }

    [Fact]
    public void Pages_gather_what_every_seed_says_and_keep_it_across_runs()
    {
        using var project = new TempProject();
        var a = project.AddSeed("a.txt", "Bài một\n\nNgày 5/6/2024, ông Lê Quang Huy, Giám đốc Sở Công Thương, cho biết.\n");
        var b = project.AddSeed("b.txt", "Bài hai\n\nNgày 9/9/2024, Thứ trưởng Bộ Công Thương Lê Quang Huy phát biểu.\n");
        Importer.Run(new ImportOptions(project.Root, [a, b], SeedRegistry.Entities));
        const string path = "content/vi/people/le-quang-huy.md";
        var both = new ImportedFile(project.Read(path));
        Assert.Equal(["Giám đốc Sở Công Thương", "Thứ trưởng Bộ Công Thương"], both.Maps("roles").Select(r => r["title"]));
        Assert.Equal(["seeds/a.txt", "seeds/b.txt"], SeedsOf(both));

        // Importing only one seed later must not forget what the other said.
        var again = Importer.Run(new ImportOptions(project.Root, [a], SeedRegistry.Entities));
        Assert.Equal(ImportAction.Unchanged, again.EntityPages.Single().Action);
    }

    [Fact]
    public void A_known_entity_never_gets_a_page()
    {
        using var project = new TempProject();
        var seed = project.AddSeed("a.txt", "Tiêu đề\n\nThủ tướng Phạm Minh Chính và Bộ Ngoại giao tại tỉnh Lạng Sơn năm 2024.\n");
        var result = Importer.Run(new ImportOptions(project.Root, [seed], SeedRegistry.Entities));
        Assert.Empty(result.EntityPages);
        Assert.False(Directory.Exists(project.PathOf("content/vi/people")));
    }

    private static List<string> SeedsOf(ImportedFile page) =>
        ((YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)page.FrontMatter["import"])["seeds"])
            .Select(n => n.ToString()).ToList();
}
