using System.Text.RegularExpressions;
using StaticKb.Import.Dates;
using StaticKb.Import.Layout;
using StaticKb.Model;

namespace StaticKb.Import.Recognition;

/// <summary>
/// Conferences an article reports, from the sentence that names one: "chủ trì Hội nghị …", "dự Hội nghị … do
/// Bộ Ngoại giao tổ chức", or a lead that names "hội nghị …". The name runs from "Hội nghị" to the first comma,
/// full stop or phrase that leaves the name ("do", "tại", "được" …). The date is the sentence's own, else the
/// lead's event date, else only the article's year (inferred). The chair is the person who "chủ trì" it, the
/// organiser the body that "chủ trì"/"tổ chức" it. Later bare "hội nghị" mentions point at it when the article
/// reports exactly one.
/// </summary>
internal static partial class ConferenceRecognizer
{
    private const int MinNameWords = 3;

    public static IReadOnlyList<(int Block, Candidate Candidate)> Find(
        IReadOnlyList<Block> blocks, IReadOnlyList<IReadOnlyList<Mention>> mentions, int leadIndex, ArticleDate dates, EntityRegistry registry)
    {
        var found = new List<(int Block, Candidate Candidate)>();
        var format = Format(blocks);
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind == BlockKind.Heading) continue;
            var text = blocks[b].Text;
            foreach (Match m in Named().Matches(text))
            {
                var name = TrimName(m.Groups["name"].Value);
                if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinNameWords) continue;
                var (sentenceStart, sentenceEnd) = Sentence(text, m.Index);
                var sentence = text[sentenceStart..sentenceEnd];
                var before = text[sentenceStart..m.Index];
                if (b != leadIndex && !Cue().IsMatch(before)) continue;
                if (Quantifier().IsMatch(before)) continue;

                var surface = text.Substring(m.Index, m.Groups["hn"].Length + 1 + name.Length);
                var date = VietnameseDates.CuedDates(sentence).Select(dates.Complete).FirstOrDefault(d => d is not null)
                    ?? (b == leadIndex && ArticleDateFinder.EventDate(text) is { } ev ? dates.Complete(ev) : null)
                    ?? dates.Year;
                var fullName = VietnameseText.CapitaliseFirst(surface);
                var key = Key(fullName, date);
                var known = registry.ByRef(EntityKinds.Conference, key) is not null;
                var facts = new ConferenceFacts(fullName, date,
                    Chair(text, sentenceStart, m.Index, mentions[b]),
                    Organiser(text, sentenceStart, sentenceEnd, m.Index + surface.Length, mentions[b]),
                    format, About(name));
                found.Add((b, new Candidate(new Mention(m.Index, surface, EntityKinds.Conference, key, known), Candidate.Conference, facts)));
            }
        }
        return found;
    }

    /// <summary>Bare "hội nghị" / "Hội nghị" that can only mean the one conference the article reports.</summary>
    public static IEnumerable<int> BareMentions(string text)
    {
        foreach (Match m in Bare().Matches(text))
        {
            var before = text[..m.Index];
            if (Quantifier().IsMatch(before)) continue;
            yield return m.Index;
        }
    }

    /// <summary>"hoi-nghi-ngoai-giao-kinh-te-2024-04-02": the subject and the date at the precision known.</summary>
    public static string Key(string name, PartialDate? date)
    {
        var folded = Slug.From(name, 400);
        var subject = folded.Contains("ngoai-giao-kinh-te") ? "hoi-nghi-ngoai-giao-kinh-te" : Slug.From(name, 60);
        return date is null ? subject : $"{subject}-{date.Iso}";
    }

    /// <summary>The name without what follows it in the sentence; empty when "Hội nghị" is the subject ("Hội nghị được …").</summary>
    private static string TrimName(string name)
    {
        var padded = " " + name;
        var stop = NameEnd().Match(padded);
        return (stop.Success ? padded[..stop.Index] : padded).Trim();
    }

    private static string? About(string name)
    {
        var at = name.IndexOf(" về ", StringComparison.Ordinal);
        if (at >= 0) return name[(at + 4)..];
        return VietnameseText.IsLowerWord(name.Split(' ')[0]) ? name : null;
    }

    /// <summary>The person right before "chủ trì" (in "… Phạm Minh Chính chủ trì Hội nghị …"), or after "do"/"của" in "do … chủ trì".</summary>
    private static string? Chair(string text, int sentenceStart, int at, IReadOnlyList<Mention> mentions)
    {
        foreach (var p in mentions.Where(m => m.Kind == EntityKinds.Person && m.Start >= sentenceStart && m.End <= at).OrderByDescending(m => m.Start))
        {
            var between = text[p.End..at];
            if (ChairsBetween().IsMatch(between)) return p.Ref;
        }
        return null;
    }

    /// <summary>"do Bộ Ngoại giao tổ chức" after the name, or "Văn phòng Chính phủ chủ trì, phối hợp … tổ chức hội nghị" before it.</summary>
    private static string? Organiser(string text, int sentenceStart, int sentenceEnd, int nameEnd, IReadOnlyList<Mention> mentions)
    {
        var orgs = mentions.Where(m => m.Kind == EntityKinds.Organisation && m.Start >= sentenceStart && m.End <= sentenceEnd).ToList();
        foreach (var o in orgs.Where(o => o.Start >= nameEnd).OrderBy(o => o.Start))
            if (OrganisedBy().IsMatch(text[nameEnd..o.Start]) && OrganisesAfter().IsMatch(text[o.End..sentenceEnd])) return o.Ref;
        foreach (var o in orgs.Where(o => o.End <= nameEnd).OrderBy(o => o.Start))
            if (OrganisesAfter().IsMatch(text[o.End..nameEnd])) return o.Ref;
        return null;
    }

    /// <summary>"trực tuyến", "trực tiếp kết hợp trực tuyến": how the article says the conference was held.</summary>
    private static string? Format(IReadOnlyList<Block> blocks)
    {
        foreach (var b in blocks)
            if (FormatPhrase().Match(b.Text) is { Success: true } f) return f.Groups["f"].Value;
        return null;
    }

    private static (int Start, int End) Sentence(string text, int at)
    {
        var start = 0;
        foreach (Match s in SentenceBreak().Matches(text))
        {
            if (s.Index + s.Length <= at) start = s.Index + s.Length;
            else return (start, s.Index + 1);
        }
        return (start, text.Length);
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<hn>[Hh]ội nghị) (?<name>[^,.;:()“”""\n]+)")]
    private static partial Regex Named();

    // "vào" only before a time: "xúc tiến đầu tư vào các khu kinh tế" is part of a name.
    [GeneratedRegex(@" (?:do|tại|được|diễn ra|vào (?:ngày|sáng|chiều|tối|hôm|lúc|cuối|đầu)|hôm|sáng|chiều|tối|ngày|nhằm|đã|sẽ|với sự|dưới sự|là|có|này|và các|cùng)(?= |$)")]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"(?:chủ trì|dự|tham dự|tổ chức|khai mạc|bế mạc|chỉ đạo|phát biểu)\s+(?:và\s+\S+\s+)?(?:tại\s+)?$")]
    private static partial Regex Cue();

    [GeneratedRegex(@"(?:các|những|nhiều|mọi|một số|loạt|hai|ba)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Quantifier();

    [GeneratedRegex(@"(?<![\p{L}])[Hh]ội nghị(?=\s*[,.;:)]|\s*$|\s+(?:tại|được|có|đã|là|này|do|và|diễn|cũng|sẽ|lần|đánh|thống|ghi|nhận|kết|thông|cho|nhấn|đề|tiếp|trực|với|ở|từ)\b)")]
    private static partial Regex Bare();

    [GeneratedRegex(@"^\s+(?:đã\s+|sẽ\s+)?(?:dự và\s+)?chủ trì\s+$")]
    private static partial Regex ChairsBetween();

    [GeneratedRegex(@"^\s+do\s+$")]
    private static partial Regex OrganisedBy();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:đã\s+|vừa\s+)?(?:chủ trì|tổ chức|phối hợp)")]
    private static partial Regex OrganisesAfter();

    [GeneratedRegex(@"(?:hình thức|truyền|họp)\s+(?<f>trực tiếp kết hợp(?: với)? trực tuyến|trực tuyến kết hợp(?: với)? trực tiếp|trực tuyến|trực tiếp)")]
    private static partial Regex FormatPhrase();

    [GeneratedRegex(@"[.!?…](?=\s+\p{Lu}|\s*$)")]
    private static partial Regex SentenceBreak();
}
