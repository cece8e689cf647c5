using System.Text.Json;
using StaticKb.Import;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import;

public class ReportTests(RealSeedsImport imported) : IClassFixture<RealSeedsImport>
{
    [Fact]
    public void Json_has_snake_case_keys_kebab_case_actions_and_readable_vietnamese()
    {
        var json = imported.Result.ToJson();
        Assert.Contains("\"title\": \"Đẩy mạnh ngoại giao kinh tế thúc đẩy tăng trưởng trong 6 tháng cuối năm\"", json);
        Assert.Contains("\"title_derived\": true", json);
        Assert.Contains("\"date_precision\": \"year\"", json);
        Assert.Contains("\"action\": \"created\"", json);
        Assert.DoesNotContain("\\u", json);
        Assert.DoesNotContain("\r", json);

        using var doc = JsonDocument.Parse(json);
        var articles = doc.RootElement.GetProperty("articles");
        Assert.Equal(5, articles.GetArrayLength());
        var a2 = articles[2];
        Assert.Equal("seeds/002_ab00118a2ed9e05f.txt", a2.GetProperty("seed").GetString());
        Assert.Contains(a2.GetProperty("needs_editor").EnumerateArray(), n => n.GetProperty("topic").GetString() == "no title line");
        Assert.Equal(4, doc.RootElement.GetProperty("entity_pages").GetArrayLength());
    }

    [Fact]
    public void A_skipped_file_shows_as_skipped_edited_in_json_and_in_the_table()
    {
        using var project = new TempProject();
        var seed = project.AddSeed("a.txt", "Tiêu đề bài\n\nĐoạn một năm 2024.\n");
        Importer.Run(new ImportOptions(project.Root, [seed], SeedRegistry.Entities));
        File.AppendAllText(project.PathOf("content/vi/articles/tieu-de-bai.md"), "Thêm một đoạn.\n");

        var again = Importer.Run(new ImportOptions(project.Root, [seed], SeedRegistry.Entities));

        Assert.Contains("\"action\": \"skipped-edited\"", again.ToJson());
        var table = new StringWriter();
        again.WriteTable(table);
        Assert.Contains("skipped-edited", table.ToString());
        Assert.Contains("Not written:", table.ToString());
        Assert.Contains("was edited since it was imported", table.ToString());
    }

    [Fact]
    public void The_table_is_aligned_and_lists_what_needs_an_editor()
    {
        var writer = new StringWriter();
        imported.Result.WriteTable(writer);
        var lines = writer.ToString().Split('\n');
        var header = lines.First(l => l.StartsWith("SEED"));
        var rows = lines.Where(l => l.StartsWith("00")).ToList();
        Assert.Equal(5, rows.Count);
        foreach (var column in new[] { "ACTION", "OUTPUT", "DATE", "ENTITIES" })
        {
            var at = header.IndexOf(column, StringComparison.Ordinal);
            Assert.All(rows, r => Assert.NotEqual(' ', r[at]));
            Assert.All(rows, r => Assert.Equal(' ', r[at - 1]));
        }
        var text = writer.ToString();
        Assert.Contains("Needs an editor:", text);
        Assert.Contains("seeds/002_ab00118a2ed9e05f.txt:1:1  no title line", text);
        Assert.Contains("2024 (inferred)", text);
    }
}

public class InvalidSeedTests
{
    [Fact]
    public void A_seed_that_is_not_utf8_is_an_error_naming_it_and_the_others_are_still_imported()
    {
        using var project = new TempProject();
        var good = project.AddSeed("good.txt", "Tiêu đề tốt\n\nĐoạn văn năm 2024.\n");
        var bad = project.AddSeed("bad.txt", [0x54, 0x69, 0xEA, 0x75, 0x0A]); // Latin-1 "Tiêu"

        var result = Importer.Run(new ImportOptions(project.Root, [bad, good], SeedRegistry.Entities));

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal("seeds/bad.txt", error.Location.Path);
        Assert.Equal(ImportAction.Failed, result.Articles.Single(a => a.Seed == bad).Action);
        Assert.Equal(ImportAction.Created, result.Articles.Single(a => a.Seed == good).Action);
        Assert.True(project.Exists("content/vi/articles/tieu-de-tot.md"));
    }

    [Fact]
    public void A_missing_seed_is_an_error_not_a_crash()
    {
        using var project = new TempProject();
        var result = Importer.Run(new ImportOptions(project.Root, ["seeds/none.txt"], SeedRegistry.Entities));
        Assert.Equal("seeds/none.txt", Assert.Single(result.Diagnostics).Location.Path);
        Assert.Equal(ImportAction.Failed, result.Articles.Single().Action);
    }

    [Fact]
    public void A_seed_with_a_bom_and_crlf_imports_like_any_other()
    {
        using var project = new TempProject();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("Tiêu đề\r\n\r\nThủ tướng Phạm Minh Chính dự hội nghị năm 2024.\r\n")).ToArray();
        var seed = project.AddSeed("bom.txt", bytes);
        Importer.Run(new ImportOptions(project.Root, [seed], SeedRegistry.Entities));
        var file = new ImportedFile(project.Read("content/vi/articles/tieu-de.md"));
        Assert.Equal("Tiêu đề", file["title"]);
        Assert.Equal("Thủ tướng [[person/pham-minh-chinh|Phạm Minh Chính]] dự hội nghị năm 2024.\n", file.Body);
        Assert.DoesNotContain("\r", file.Text);
    }
}
