using StaticKb.Import;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import;

/// <summary>The five real seeds imported into a temp project, and what each article file says.</summary>
public class ImporterTests(RealSeedsImport imported) : IClassFixture<RealSeedsImport>
{
    private readonly TempProject project = imported.Project;
    private readonly ImportResult result = imported.Result;

    private static (TempProject Project, ImportResult Result) ImportRealSeeds()
    {
        var project = new TempProject();
        var seeds = project.AddRealSeeds();
        return (project, Importer.Run(new ImportOptions(project.Root, seeds, SeedRegistry.Entities)));
    }

    private ImportedFile Article(int seed) => imported.Article(seed);

    [Theory]
    [InlineData(0, "Đẩy mạnh ngoại giao kinh tế thúc đẩy tăng trưởng trong 6 tháng cuối năm", false, "2024", true, "Vietnam+", null)]
    [InlineData(1, "Đẩy mạnh công tác ngoại giao kinh tế phục vụ phát triển đất nước", false, "2024-04-03", false, "baolangson.vn", "https://baolangson.vn/day-manh-cong-tac-ngoai-giao-kinh-te-phuc-vu-phat-trien-dat-nuoc-5004437.html")]
    [InlineData(2, "Công tác ngoại giao kinh tế của nước ta được triển khai quyết liệt", true, "2022", true, null, null)]
    [InlineData(3, "Thủ tướng Chính phủ Phạm Minh Chính dự Hội nghị đẩy mạnh triển khai công tác ngoại giao kinh tế", true, "2023-07-03", true, null, null)]
    [InlineData(4, "Đẩy mạnh công tác ngoại giao kinh tế, tạo đà tăng trưởng hai con số", false, "2025-07-22", true, null, null)]
    public void Title_date_and_source_of_each_seed(int seed, string title, bool derived, string date, bool inferred, string? source, string? url)
    {
        var file = Article(seed);
        Assert.Equal(title, file["title"]);
        Assert.Equal(derived ? "true" : null, file["title_needs_review"]);
        Assert.Equal(date, file["date"]);
        Assert.Equal(inferred ? "true" : null, file["date_inferred"]);
        Assert.Equal(source, file["source"]);
        Assert.Equal(url, file["url"]);
        Assert.Equal(Slug.From(title), file["translation_key"]);
        Assert.Equal($"content/vi/articles/{Slug.From(title)}.md", result.Articles.Single(a => a.Seed.EndsWith(SeedFixtures.Names[seed])).Output);
        Assert.Equal("seeds/" + SeedFixtures.Names[seed], file.Import("seed"));
        Assert.Equal(SeedFixtures.Read(seed).Hash, file.Import("seed_hash"));
    }

    [Theory]
    [InlineData(0, "(Vietnam+)", "Tin cùng chuyên mục")]
    [InlineData(1, "680 lượt xem", "Thứ 4, 03.04.2024", "_C4A2020.JPG", "2728×1596", "Theo baolangson.vn", "https://", "Từ khóa")]
    [InlineData(2, "N.H")]
    [InlineData(4, "![]()", " |", "Ý kiến bạn đọc")]
    public void Boilerplate_is_gone_from_the_body(int seed, params string[] boilerplate)
    {
        var body = Article(seed).Body;
        foreach (var b in boilerplate) Assert.DoesNotContain(b, body);
    }

    [Theory]
    [InlineData(0, "^^^ Thủ tướng [[person/pham-minh-chinh|Phạm Minh Chính]] chủ trì [[conference/hoi-nghi-ngoai-giao-kinh-te-2024|Hội nghị đẩy mạnh công tác ngoại giao kinh tế]]. (Ảnh: Dương Giang/TTXVN)")]
    [InlineData(0, "^^^ Chương trình \"Tasting VietNam\" do cơ quan Thương vụ tổ chức tại [[place/bangkok|Bangkok]] để quảng bá về ẩm thực Việt Nam. (Ảnh: TTXVN phát)")]
    [InlineData(1, "^^^ Các đại biểu dự [[conference/hoi-nghi-ngoai-giao-kinh-te-2024-04-02|hội nghị]] tại điểm cầu tỉnh [[place/lang-son|Lạng Sơn]]")]
    [InlineData(2, "^^^ Ảnh: Quang cảnh Hội nghị tại điểm cầu tỉnh [[place/vinh-long|Vĩnh Long]]")]
    [InlineData(4, "^^^ Thủ tướng [[person/pham-minh-chinh|Phạm Minh Chính]] phát biểu kết luận [[conference/hoi-nghi-ngoai-giao-kinh-te-2025-07-22|hội nghị]]. Ảnh: VGP/Nhật Bắc")]
    [InlineData(4, "^^^ Đồng chí [[person/mai-son|Mai Sơn]] chủ trì tại điểm cầu tỉnh [[place/bac-ninh|Bắc Ninh]].")]
    public void Captions_are_kept_as_caption_only_figures(int seed, string caption)
    {
        Assert.Contains("\n^^^\n" + caption + "\n", "\n" + Article(seed).Body);
    }

    [Theory]
    [InlineData(0, "document/15-ct-tw", "document/21-nq-cp", "document/355-tb-vpcp", "organisation/ban-bi-thu", "organisation/bo-cong-an", "organisation/bo-van-hoa-the-thao-va-du-lich", "person/nguyen-phu-trong", "person/tran-hong-ha", "place/cuba")]
    [InlineData(1, "document/15-ct-tw", "organisation/uy-ban-nhan-dan-tinh-lang-son", "person/ho-tien-thieu", "person/duong-xuan-huyen", "person/tran-luu-quang", "place/lang-son", "place/quang-tay")]
    [InlineData(2, "document/15-ct-tw", "person/nguyen-phu-trong", "place/vinh-long")]
    [InlineData(3, "document/15-ct-tw", "person/bui-thanh-son", "person/tran-van-son", "person/nguyen-hoang-anh", "organisation/uy-ban-quan-ly-von-nha-nuoc-tai-doanh-nghiep")]
    [InlineData(4, "document/222-2025-qh15", "person/to-lam", "person/mai-son", "place/bac-ninh", "organisation/bo-chinh-tri")]
    public void Entities_are_listed_sorted_and_annotated_in_the_body(int seed, params string[] expected)
    {
        var file = Article(seed);
        var entities = file.List("entities");
        Assert.Equal(entities.Order(StringComparer.Ordinal), entities);
        foreach (var e in expected)
        {
            Assert.Contains(e, entities);
            Assert.Contains($"[[{e}|", file.Body);
        }
        // Every annotation in the body is listed, and nothing is listed that the body does not annotate.
        var annotated = System.Text.RegularExpressions.Regex.Matches(file.Body, @"\[\[([a-z]+/[a-z0-9-]+)\|").Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal(entities.Concat(file.List("conferences")).Order(StringComparer.Ordinal), annotated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Conferences_are_reported_with_their_pages()
    {
        Assert.Equal(["conference/hoi-nghi-ngoai-giao-kinh-te-2024-04-02"], Article(1).List("conferences"));
        Assert.Empty(Article(2).List("conferences"));
        var page = new ImportedFile(project.Read("content/vi/conferences/hoi-nghi-ngoai-giao-kinh-te-2025-07-22.md"));
        Assert.Equal(("2025-07-22", "true", "person/pham-minh-chinh", "trực tuyến", "true"),
            (page["date"], page["date_inferred"], page["chair"], page["format"], page["needs_review"]));
        var organised = new ImportedFile(project.Read("content/vi/conferences/hoi-nghi-ngoai-giao-kinh-te-2024-04-02.md"));
        Assert.Equal(["organisation/van-phong-chinh-phu"], organised.List("organisers"));
    }

    [Fact]
    public void Key_figures_of_seed_004()
    {
        var figures = Article(4).Maps("figures");
        Assert.Contains(figures, f => f["value"] == "7,52" && f["unit"] == "%" && f["measure"] == "Tăng trưởng GDP" && f["period"] == "6 tháng đầu năm 2025");
        Assert.Contains(figures, f => f["value"] == "253" && f["unit"] == "thỏa thuận hợp tác");
        Assert.Contains(figures, f => f["value"] == "gần 50" && f["unit"] == "hoạt động đối ngoại");
        Assert.Contains(figures, f => f["value"] == "8,3 - 8,5" && f["unit"] == "%" && f["period"] == "năm 2025");
        Assert.Contains(Article(0).Maps("figures"), f => f["value"] == "6,5-7" && f["measure"] == "mục tiêu tăng trưởng kinh tế");
        Assert.Contains(Article(1).Maps("figures"), f => f["value"] == "30" && f["unit"] == "đối tác chiến lược");
    }

    [Fact]
    public void The_report_says_what_needs_an_editor()
    {
        var r2 = result.Articles.Single(a => a.Seed.Contains("002_"));
        Assert.True(r2.TitleDerived);
        Assert.Contains(r2.NeedsEditor, n => n.Topic == "no title line");
        Assert.Contains(r2.NeedsEditor, n => n.Topic == "inferred year");
        var r1 = result.Articles.Single(a => a.Seed.Contains("001_"));
        Assert.Equal(("2024-04-03", "day", false), (r1.Date, r1.DatePrecision, r1.DateInferred));
        Assert.Empty(r1.NeedsEditor);
        Assert.Contains("person/ho-tien-thieu", r1.KnownEntities);
        Assert.All(result.Articles, a => Assert.Equal(ImportAction.Created, a.Action));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var (first, r1) = ImportRealSeeds();
        var (second, r2) = ImportRealSeeds();
        using var a = first;
        using var b = second;
        var files = Directory.GetFiles(Path.Combine(first.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(first.Root, f)).Order().ToList();
        Assert.Equal(9, files.Count); // five articles, four conferences
        foreach (var f in files) Assert.Equal(File.ReadAllBytes(first.PathOf(f)), File.ReadAllBytes(second.PathOf(f)));
        Assert.Equal(r1.ToJson(), r2.ToJson());
    }
}
