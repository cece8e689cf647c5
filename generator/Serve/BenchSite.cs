using System.Globalization;
using System.Text;

namespace StaticKb.Serve;

/// <summary>
/// A generated project for <c>statickb bench serve</c>: the repository's site.yml, templates/ and entity pages,
/// plus <c>pairs</c> simple Vietnamese/English article pairs that mention those entities, carry tags and a
/// few key figures, so every stage (annotations, backlinks, timeline, figures, topics, search) has work to do.
/// </summary>
internal static class BenchSite
{
    private static readonly string[] ViSentences =
    {
        "Bộ Ngoại giao tiếp tục đẩy mạnh công tác ngoại giao kinh tế phục vụ phát triển đất nước.",
        "Các cơ quan đại diện Việt Nam ở nước ngoài tích cực kết nối doanh nghiệp với thị trường mới.",
        "Hội nghị đánh giá kết quả triển khai và đề ra nhiệm vụ trọng tâm trong những tháng cuối năm.",
        "Tăng trưởng xuất khẩu nông sản sang các thị trường truyền thống đạt mức cao so với cùng kỳ.",
        "Các địa phương được đề nghị chủ động phối hợp để thu hút đầu tư có chọn lọc và bền vững.",
        "Chính phủ yêu cầu tháo gỡ khó khăn cho doanh nghiệp, cải thiện môi trường kinh doanh.",
    };

    private static readonly string[] EnSentences =
    {
        "The Ministry of Foreign Affairs continues to promote economic diplomacy for national development.",
        "Vietnamese representative agencies abroad actively connect businesses with new markets.",
        "The conference reviewed the results and set out key tasks for the remaining months of the year.",
        "Agricultural exports to traditional markets grew strongly compared with the same period last year.",
        "Localities are asked to coordinate closely to attract selective and sustainable investment.",
        "The Government asked for obstacles facing businesses to be removed and the business climate improved.",
    };

    private static readonly (string Id, string Vi, string En)[] Mentions =
    {
        ("document/15-ct-tw", "Chỉ thị số 15-CT/TW", "Directive No. 15-CT/TW"),
        ("organisation/bo-ngoai-giao", "Bộ Ngoại giao", "the Ministry of Foreign Affairs"),
        ("person/pham-minh-chinh", "Thủ tướng Phạm Minh Chính", "Prime Minister Pham Minh Chinh"),
        ("place/lang-son", "Lạng Sơn", "Lang Son"),
        ("organisation/asean", "ASEAN", "ASEAN"),
    };

    private static readonly string[] Tags = { "xuat-khau", "dau-tu", "hoi-nhap", "dia-phuong" };

    /// <summary>Creates the project under <paramref name="target"/> (which must exist) from the checkout at <paramref name="repoRoot"/>.</summary>
    public static void Create(string repoRoot, string target, int pairs)
    {
        File.Copy(Path.Combine(repoRoot, "site.yml"), Path.Combine(target, "site.yml"));
        CopyTree(Path.Combine(repoRoot, "templates"), Path.Combine(target, "templates"));
        foreach (var lang in new[] { "vi", "en" })
        {
            var from = Path.Combine(repoRoot, "content", lang);
            if (!Directory.Exists(from)) continue;
            foreach (var section in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) != "articles"))
                CopyTree(section, Path.Combine(target, "content", lang, Path.GetFileName(section)));
        }
        var known = Mentions.Where(m => File.Exists(Path.Combine(target, "content", "vi", Folder(m.Id)))).ToArray();
        Directory.CreateDirectory(Path.Combine(target, "content", "vi", "articles"));
        Directory.CreateDirectory(Path.Combine(target, "content", "en", "articles"));
        for (var i = 0; i < pairs; i++)
        {
            File.WriteAllText(ArticlePath(target, "vi", i), Article("vi", i, known, 0));
            File.WriteAllText(ArticlePath(target, "en", i), Article("en", i, known, 0));
        }
    }

    public static string ArticlePath(string project, string lang, int i) =>
        Path.Combine(project, "content", lang, "articles", Key(i) + ".md");

    /// <summary>The text of article <paramref name="i"/>; <paramref name="revision"/> changes the body, as an editor's save would.</summary>
    public static string Article(string lang, int i, IReadOnlyList<(string Id, string Vi, string En)> mentions, int revision)
    {
        var vi = lang == "vi";
        var date = new DateOnly(2020, 1, 1).AddDays(i % 1800).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sentences = vi ? ViSentences : EnSentences;
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append(vi ? $"title: \"Bản tin ngoại giao kinh tế số {i}\"\n" : $"title: \"Economic diplomacy bulletin no. {i}\"\n");
        sb.Append($"date: {date}\n");
        sb.Append($"translation_key: {Key(i)}\n");
        sb.Append(vi ? $"summary: \"Tóm tắt bản tin số {i}.\"\n" : $"summary: \"Summary of bulletin no. {i}.\"\n");
        sb.Append($"tags: [{Tags[i % Tags.Length]}]\n");
        if (mentions.Count > 0) sb.Append($"entities: [{mentions[i % mentions.Count].Id}]\n");
        sb.Append("---\n");
        for (var p = 0; p < 6; p++)
        {
            for (var s = 0; s < 4; s++) sb.Append(sentences[(i + p + s) % sentences.Length]).Append(' ');
            if (mentions.Count > 0 && p % 2 == 0)
            {
                var m = mentions[(i + p) % mentions.Count];
                sb.Append(vi ? $"Theo [[{m.Id}|{m.Vi}]], " : $"According to [[{m.Id}|{m.En}]], ");
                sb.Append(vi ? $"kim ngạch đạt {i % 90},{p}5 tỷ USD." : $"turnover reached USD {i % 90}.{p}5 billion.");
            }
            sb.Append("\n\n");
        }
        if (revision > 0) sb.Append(vi ? $"Cập nhật lần {revision}.\n" : $"Update {revision}.\n");
        return sb.ToString();
    }

    public static IReadOnlyList<(string Id, string Vi, string En)> KnownMentions(string project) =>
        Mentions.Where(m => File.Exists(Path.Combine(project, "content", "vi", Folder(m.Id)))).ToArray();

    private static string Key(int i) => "ban-tin-" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static string Folder(string id)
    {
        var slash = id.IndexOf('/');
        var kind = id[..slash] switch { "person" => "people", var k => k + "s" };
        return Path.Combine(kind, id[(slash + 1)..] + ".md");
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
