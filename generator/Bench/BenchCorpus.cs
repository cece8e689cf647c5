using System.Globalization;
using System.Text;
using StaticKb.Link;
using StaticKb.Model;

namespace StaticKb.Bench;

/// <summary>
/// A synthetic bilingual project for the benchmarks (<c>statickb bench corpus|build|serve</c>): the repository's
/// site.yml, templates/ and entity pages, plus <c>pairs</c> Vietnamese/English article pairs of about 1,000 words
/// each, with dates over ten years, tags, entity references and annotations, a conference and key figures, so
/// every stage (annotations, backlinks, timeline, figures, topics, search) has work to do. The same seed gives
/// byte-identical files, so anyone can reproduce the published figures.
/// </summary>
public static class BenchCorpus
{
    public const ulong DefaultSeed = 20240718;
    public const int DefaultWords = 1000;

    private static readonly string[] Tags =
    [
        "xuat-khau", "dau-tu", "hoi-nhap", "dia-phuong", "doanh-nghiep", "logistics", "nang-luong", "chuyen-doi-so", "du-lich", "nong-san",
        "asean", "chau-au", "chau-phi", "trung-dong", "my-latinh", "hiep-dinh", "cua-khau", "kieu-bao", "lao-dong", "tai-chinh",
    ];

    private static readonly (string Series, string UnitVi, string UnitEn)[] Series =
    [
        ("export-turnover", "tỷ USD", "billion USD"),
        ("fdi-attracted", "tỷ USD", "billion USD"),
        ("gdp-growth", "%", "%"),
        ("cooperation-agreements", "văn kiện", "documents"),
    ];

    /// <summary>Writes the project into <paramref name="target"/> (created if missing) from the checkout at <paramref name="repoRoot"/>.</summary>
    public static void Create(string repoRoot, string target, int pairs, int words = DefaultWords, ulong seed = DefaultSeed)
    {
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "site.yml"), SiteYml(File.ReadAllText(Path.Combine(repoRoot, "site.yml")), pairs), Utf8);
        CopyTree(Path.Combine(repoRoot, "templates"), Path.Combine(target, "templates"));
        foreach (var lang in new[] { "vi", "en" })
        {
            var from = Path.Combine(repoRoot, "content", lang);
            foreach (var section in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) != "articles").Order(StringComparer.Ordinal))
                CopyTree(section, Path.Combine(target, "content", lang, Path.GetFileName(section)));
            Directory.CreateDirectory(Path.Combine(target, "content", lang, "articles"));
        }
        var entities = Entities(target);
        for (var i = 0; i < pairs; i++)
        {
            // One generator per article: article i is the same whatever the corpus size, and a rewrite of one
            // article (ArticleText with a revision) does not shift the others.
            File.WriteAllText(ArticlePath(target, "vi", i), ArticleText("vi", i, entities, words, seed, 0), Utf8);
            File.WriteAllText(ArticlePath(target, "en", i), ArticleText("en", i, entities, words, seed, 0), Utf8);
        }
    }

    public static string ArticlePath(string project, string lang, int i) =>
        Path.Combine(project, "content", lang, "articles", Key(i) + ".md");

    /// <summary>The entities of a created project that articles mention: id, Vietnamese name, English name.</summary>
    public static IReadOnlyList<CorpusEntity> Entities(string project)
    {
        var list = new List<CorpusEntity>();
        foreach (var kind in EntityKinds.All)
        {
            var folder = Path.Combine(project, "content", "vi", kind.Folder());
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                var key = Path.GetFileNameWithoutExtension(file);
                var en = Path.Combine(project, "content", "en", kind.Folder(), key + ".md");
                if (!File.Exists(en)) continue;
                list.Add(new CorpusEntity(kind, $"{kind.Id()}/{key}", Name(file), Name(en)));
            }
        }
        return list;
    }

    /// <summary>The text of article <paramref name="i"/>; a <paramref name="revision"/> above 0 changes its body, as an editor's save would.</summary>
    public static string ArticleText(string lang, int i, IReadOnlyList<CorpusEntity> entities, int words = DefaultWords, ulong seed = DefaultSeed, int revision = 0)
    {
        var vi = lang == "vi";
        // The pair shares its metadata: both languages draw it from the same generator state.
        var meta = new CorpusText(seed + (ulong)i * 7919);
        var text = new CorpusText(seed + (ulong)i * 7919 + (vi ? 1UL : 2UL));
        var date = new DateOnly(2015, 1, 1).AddDays(meta.Next(3900));
        var tags = new[] { Tags[meta.Next(Tags.Length)], Tags[meta.Next(Tags.Length)] }.Distinct().Order(StringComparer.Ordinal).ToArray();
        var mentioned = new List<CorpusEntity>();
        var others = entities.Where(e => e.Kind != EntityKind.Conference).ToList();
        var conferences = entities.Where(e => e.Kind == EntityKind.Conference).ToList();
        for (var k = 0; k < 4 && others.Count > 0; k++) mentioned.Add(others[meta.Next(others.Count)]);
        var conference = conferences.Count > 0 && meta.Next(3) == 0 ? conferences[meta.Next(conferences.Count)] : null;
        var series = Series[meta.Next(Series.Length)];
        var value = (1 + meta.Next(900)) / 10.0;

        var sb = new StringBuilder(words * 8);
        sb.Append("---\n");
        sb.Append("title: \"").Append(text.Sentence(lang, 8 + meta.Next(6))).Append(vi ? $" (bài {i})" : $" (article {i})").Append("\"\n");
        sb.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("translation_key: ").Append(Key(i)).Append('\n');
        sb.Append("summary: \"").Append(text.Sentence(lang, 20 + meta.Next(10))).Append(".\"\n");
        sb.Append("tags: [").Append(string.Join(", ", tags)).Append("]\n");
        // The last entity is annotated in the body but not listed, as editors sometimes do: its backlink comes from the text alone.
        sb.Append("entities: [").Append(string.Join(", ", mentioned.SkipLast(1).Select(e => e.Id).Distinct().Order(StringComparer.Ordinal))).Append("]\n");
        if (conference is not null) sb.Append("conferences: [").Append(conference.Id).Append("]\n");
        sb.Append("figures:\n");
        sb.Append("  - value: \"").Append(vi ? value.ToString("0.0", Vietnamese) : value.ToString("0.0", CultureInfo.InvariantCulture)).Append("\"\n");
        sb.Append("    unit: \"").Append(vi ? series.UnitVi : series.UnitEn).Append("\"\n");
        sb.Append("    measure: \"").Append(series.Series.Replace('-', ' ')).Append("\"\n");
        sb.Append("    period: \"").Append(date.Year.ToString(CultureInfo.InvariantCulture)).Append("\"\n");
        sb.Append("    series: ").Append(series.Series).Append('\n');
        sb.Append("    type: ").Append(meta.Next(2) == 0 ? "target" : "result").Append('\n');

        if (!vi) sb.Append("source_hash: \"").Append(ContentHash.Of(Body("vi", i, mentioned, words, seed, revision: 0))).Append("\"\n");
        sb.Append("---\n");
        sb.Append(Body(lang, i, mentioned, words, seed, revision));
        return sb.ToString();
    }

    // The body has its own generator, so the English front matter can carry the hash of the Vietnamese body (a
    // current translation, as the real content's are). The English body follows the Vietnamese one paragraph for
    // paragraph, as a translation does (the build checks that they line up): the same headings and paragraph
    // lengths, in words of its own.
    private static string Body(string lang, int i, IReadOnlyList<CorpusEntity> mentioned, int words, ulong seed, int revision)
    {
        var vi = lang == "vi";
        var paragraphs = new List<int>();
        var body = Paragraphs("vi", new CorpusText(seed + (ulong)i * 7919 + 3UL), mentioned, words, paragraphs, follow: false);
        if (!vi) body = Paragraphs("en", new CorpusText(seed + (ulong)i * 7919 + 4UL), mentioned, words, paragraphs, follow: true);
        if (revision > 0) body += vi ? $"Cập nhật lần {revision}.\n" : $"Update {revision}.\n";
        return body;
    }

    /// <summary>
    /// Paragraphs of about 110–150 words, with a heading before the fourth and seventh. Without
    /// <paramref name="follow"/>, their lengths are drawn and added to <paramref name="lengths"/>; with it, they are
    /// taken from there.
    /// </summary>
    private static string Paragraphs(string lang, CorpusText text, IReadOnlyList<CorpusEntity> mentioned, int words, List<int> lengths, bool follow)
    {
        var vi = lang == "vi";
        var sb = new StringBuilder(words * 8);
        var written = 0;
        var paragraph = 0;
        while (follow ? paragraph < lengths.Count : written < words)
        {
            if (paragraph is 3 or 6) sb.Append("## ").Append(text.Sentence(lang, 4 + text.Next(4))).Append("\n\n");
            int target;
            if (follow) target = written + lengths[paragraph];
            else
            {
                target = written + 110 + text.Next(40);
                lengths.Add(target - written);
            }
            while (written < target)
            {
                var length = 10 + text.Next(12);
                sb.Append(text.Sentence(lang, length));
                if (text.Next(3) == 0 && mentioned.Count > 0)
                {
                    var e = mentioned[text.Next(mentioned.Count)];
                    sb.Append(vi ? " theo " : " according to ").Append("[[").Append(e.Id).Append('|').Append(vi ? e.Vietnamese : e.English).Append("]]");
                }
                sb.Append(". ");
                written += length;
            }
            sb.Length--;
            sb.Append("\n\n");
            paragraph++;
        }
        return sb.ToString();
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly UTF8Encoding Utf8 = new(false);

    private static string Key(int i) => "bai-viet-" + i.ToString("D5", CultureInfo.InvariantCulture);

    // A large corpus needs larger budgets than the real site's; everything else is the repository's own settings.
    private static string SiteYml(string repoSiteYml, int pairs) =>
        repoSiteYml + $"\n# Benchmark corpus of {pairs} pairs: budgets sized for it.\nsearch_budget_kb: {Math.Max(1024, pairs * 60)}\nsite_budget_mb: {Math.Max(1024, pairs / 2)}\n";

    private static string Name(string file)
    {
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            if (line == "---") break;
            if (line.StartsWith("name:", StringComparison.Ordinal)) return line[5..].Trim().Trim('"', '\'');
        }
        return Path.GetFileNameWithoutExtension(file);
    }

    /// <summary>Copies a folder's files into another, in a fixed order (also the search benchmark's kept pages).</summary>
    internal static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

/// <summary>An entity the corpus's articles mention, with its names in both languages.</summary>
public sealed record CorpusEntity(EntityKind Kind, string Id, string Vietnamese, string English);
