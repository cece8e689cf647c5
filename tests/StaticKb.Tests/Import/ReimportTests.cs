using StaticKb.Import;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import;

/// <summary>Running import again must never lose an editor's work, and must not touch what has not changed.</summary>
public class ReimportTests
{
    private static ImportResult Import(TempProject project, IReadOnlyList<string> seeds) =>
        Importer.Run(new ImportOptions(project.Root, seeds, SeedRegistry.Entities));

    private static Dictionary<string, (byte[] Bytes, DateTime Written)> Snapshot(TempProject project) =>
        Directory.GetFiles(Path.Combine(project.Root, "content"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)));

    [Fact]
    public void An_unchanged_reimport_is_a_no_op_byte_for_byte_and_time_for_time()
    {
        using var project = new TempProject();
        var seeds = project.AddRealSeeds();
        Import(project, seeds);
        var past = DateTime.UtcNow.AddDays(-1);
        foreach (var f in Directory.GetFiles(Path.Combine(project.Root, "content"), "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(f, past);
        var before = Snapshot(project);

        var again = Import(project, seeds);

        Assert.All(again.Articles, a => Assert.Equal(ImportAction.Unchanged, a.Action));
        Assert.All(again.EntityPages, p => Assert.Equal(ImportAction.Unchanged, p.Action));
        var after = Snapshot(project);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, (bytes, written)) in before)
        {
            Assert.Equal(bytes, after[file].Bytes);
            Assert.Equal(written, after[file].Written);
        }
    }

    [Fact]
    public void An_edited_article_survives_a_reimport_byte_for_byte_and_is_reported_as_skipped()
    {
        using var project = new TempProject();
        var seeds = project.AddRealSeeds();
        var first = Import(project, seeds);
        var output = first.Articles.Single(a => a.Seed.Contains("004_")).Output!;
        var edited = project.Read(output).Replace("tạo đà tăng trưởng hai con số\"", "tạo đà tăng trưởng hai con số (đã biên tập)\"");
        File.WriteAllText(project.PathOf(output), edited);

        var again = Import(project, seeds);

        Assert.Equal(edited, project.Read(output));
        var report = again.Articles.Single(a => a.Seed.Contains("004_"));
        Assert.Equal(ImportAction.SkippedEdited, report.Action);
        Assert.Contains("edited", report.Reason);
        var warning = Assert.Single(again.Diagnostics);
        Assert.Equal(output, warning.Location.Path);
        Assert.All(again.Articles.Where(a => a != report), a => Assert.Equal(ImportAction.Unchanged, a.Action));
    }

    [Fact]
    public void A_changed_seed_updates_an_article_nobody_edited()
    {
        using var project = new TempProject();
        var seed = project.AddSeed("a.txt", "Tiêu đề bài\n\nĐoạn một về Bộ Ngoại giao.\n");
        Import(project, [seed]);
        project.AddSeed("a.txt", "Tiêu đề bài\n\nĐoạn một về Bộ Ngoại giao, đã sửa.\n");

        var again = Import(project, [seed]);

        Assert.Equal(ImportAction.Updated, again.Articles.Single().Action);
        Assert.Contains("đã sửa", project.Read("content/vi/articles/tieu-de-bai.md"));
    }

    [Fact]
    public void An_edited_entity_page_survives_too()
    {
        using var project = new TempProject();
        var seed = project.AddSeed("a.txt", "Tiêu đề\n\nThứ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết năm 2024 thu ngân sách tăng.\n");
        Import(project, [seed]);
        const string page = "content/vi/people/nguyen-van-thang.md";
        var edited = project.Read(page).Replace("needs_review: true\n", "");
        File.WriteAllText(project.PathOf(page), edited);

        var again = Import(project, [seed]);

        Assert.Equal(edited, project.Read(page));
        Assert.Equal(ImportAction.SkippedEdited, again.EntityPages.Single(p => p.Entity == "person/nguyen-van-thang").Action);
        Assert.Equal(ImportAction.Unchanged, again.EntityPages.Single(p => p.Entity == "organisation/bo-tai-chinh").Action);
    }

    [Fact]
    public void A_hand_written_article_with_the_same_title_is_not_overwritten()
    {
        using var project = new TempProject();
        Directory.CreateDirectory(project.PathOf("content/vi/articles"));
        File.WriteAllText(project.PathOf("content/vi/articles/tieu-de-bai.md"), "---\ntitle: \"Tiêu đề bài\"\n---\nViết tay.\n");
        var seed = project.AddSeed("a.txt", "Tiêu đề bài\n\nĐoạn một.\n");

        var result = Import(project, [seed]);

        Assert.Equal("---\ntitle: \"Tiêu đề bài\"\n---\nViết tay.\n", project.Read("content/vi/articles/tieu-de-bai.md"));
        Assert.Equal("content/vi/articles/tieu-de-bai-a.md", result.Articles.Single().Output);
    }

    [Fact]
    public void Two_seeds_with_one_title_get_two_files()
    {
        using var project = new TempProject();
        var a = project.AddSeed("a.txt", "Cùng một tiêu đề\n\nBài thứ nhất.\n");
        var b = project.AddSeed("b.txt", "Cùng một tiêu đề\n\nBài thứ hai.\n");

        var result = Import(project, [a, b]);
        var again = Import(project, [a, b]);

        Assert.Equal(["content/vi/articles/cung-mot-tieu-de.md", "content/vi/articles/cung-mot-tieu-de-b.md"], result.Articles.Select(r => r.Output));
        Assert.Equal(result.Articles.Select(r => r.Output), again.Articles.Select(r => r.Output));
        Assert.All(again.Articles, r => Assert.Equal(ImportAction.Unchanged, r.Action));
    }

    [Fact]
    public void A_dry_run_writes_nothing_and_says_what_it_would_do()
    {
        using var project = new TempProject();
        var seeds = project.AddRealSeeds();
        var result = Importer.Run(new ImportOptions(project.Root, seeds, SeedRegistry.Entities, DryRun: true));
        Assert.True(result.DryRun);
        Assert.All(result.Articles, a => Assert.Equal(ImportAction.Created, a.Action));
        Assert.False(Directory.Exists(project.PathOf("content")));
    }
}
