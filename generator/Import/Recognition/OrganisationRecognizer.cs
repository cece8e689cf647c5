using System.Text.RegularExpressions;

namespace StaticKb.Import.Recognition;

/// <summary>
/// Organisations by the shapes Vietnamese gives their names:
/// ministries, "Bộ" and capitalised words ("Bộ Công an", "Bộ Kế hoạch và Đầu tư", "Bộ Văn hóa, Thể thao và Du lịch",
/// "Bộ Lao động-Thương binh và Xã hội"), and local government, "UBND / Ủy ban nhân dân / HĐND tỉnh|thành phố X",
/// "Tỉnh ủy X". Keys use the full form, so "UBND tỉnh Lạng Sơn" and "Ủy ban nhân dân tỉnh Lạng Sơn" are one entity.
/// </summary>
internal static partial class OrganisationRecognizer
{
    public static IEnumerable<Candidate> Find(string text, EntityRegistry registry)
    {
        foreach (Match m in Ministry().Matches(text))
        {
            var end = MinistryNameEnd(text, m.Index + m.Length);
            if (end is null) continue;
            // "Bộ Ngoại giao Mỹ": a foreign ministry; "Bộ Công Thương Nguyễn Hồng Diên": ours, followed by its minister.
            if (FollowedByForeignQualifier(text, end.Value)) continue;
            yield return Organisation(m.Index, text[m.Index..end.Value], text[m.Index..end.Value], registry);
        }
        foreach (Match m in LocalGovernment().Matches(text))
        {
            var placeAt = m.Index + m.Length;
            var place = PlaceRecognizer.PlaceName(text, placeAt, registry);
            if (place is null) continue;
            var surface = text[m.Index..(placeAt + place.Length)];
            var canonical = Canonical(m.Groups["body"].Value) + (m.Groups["level"].Success ? " " + Canonical(m.Groups["level"].Value) : "") + " " + place;
            yield return Organisation(m.Index, surface, canonical, registry);
        }
    }

    /// <summary>
    /// True when the words after a ministry's name make it someone else's ("Bộ Ngoại giao Trung Quốc"). After the
    /// name may come its minister ("Bộ Công Thương Nguyễn Hồng Diên") or "Việt Nam", nothing else capitalised.
    /// </summary>
    internal static bool FollowedByForeignQualifier(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ') return false;
        var run = PlaceRecognizer.CapitalisedRun(text, end + 1);
        if (run.Count == 0) return false;
        if (run.Count >= 2 && run[0].Text == "Việt" && run[1].Text == "Nam") return false;
        return !PersonalNames.IsFamilyName(run[0].Text);
    }

    /// <summary>"Chính phủ Nhật Bản", "Quốc hội Lào": a known body's name followed by a country or a known foreign place.</summary>
    internal static bool FollowedByCountry(string text, int end, EntityRegistry registry)
    {
        if (end >= text.Length || text[end] != ' ') return false;
        var run = PlaceRecognizer.CapitalisedRun(text, end + 1);
        if (run.Count == 0 || run.Count >= 2 && run[0].Text == "Việt" && run[1].Text == "Nam") return false;
        return Countries.StartsWithCountry(run[0].Text) && !(run.Count >= 2 && run[0].Text == "Trung" && run[1].Text == "ương")
            || PlaceRecognizer.PlaceName(text, end + 1, registry) is { } place && registry.Unique(EntityKinds.Place, place) is not null;
    }

    /// <summary>
    /// Where a ministry's name ends. A name is words of one capitalised syllable and at most one more
    /// ("Ngoại giao", "Công Thương", "Y tế"), joined by "và", "-" or, inside a list closed by "và", ", ".
    /// </summary>
    private static int? MinistryNameEnd(string text, int at)
    {
        var end = Word(text, at);
        if (end is null) return null;
        while (true)
        {
            var joined = Joiner(text, end.Value, out var next);
            if (!joined) return end;
            var wordEnd = Word(text, next);
            if (wordEnd is null || StartsAnotherBody(text[next..wordEnd.Value])) return end;
            if (text[end.Value] == ',')
            {
                // "Văn hóa, Thể thao và Du lịch": a comma joins only if the list goes on to "và".
                if (!text.AsSpan(wordEnd.Value).StartsWith(" và ") || Word(text, wordEnd.Value + 4) is null) return end;
            }
            end = wordEnd;
        }
    }

    /// <summary>One name word: a capitalised syllable, optionally followed by one more syllable.</summary>
    private static int? Word(string text, int at)
    {
        var first = Syllable(text, at);
        if (first is null || !VietnameseText.IsCapitalised(text[at..first.Value]) || text[at..first.Value] == "Bộ") return null;
        if (first.Value + 1 < text.Length && text[first.Value] == ' ')
        {
            var second = Syllable(text, first.Value + 1);
            if (second is not null)
            {
                var word = text[(first.Value + 1)..second.Value];
                if (VietnameseText.IsCapitalised(word) && word != "Bộ" && !PersonalNames.IsFamilyName(word) || VietnameseText.IsLowerWord(word) && !StopWords.Contains(word))
                    return second;
            }
        }
        return first;
    }

    private static int? Syllable(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end > at ? end : null;
    }

    private static bool Joiner(string text, int at, out int next)
    {
        foreach (var j in (string[])[" và ", "-", " - ", ", "])
        {
            if (text.AsSpan(at).StartsWith(j))
            {
                next = at + j.Length;
                return true;
            }
        }
        next = at;
        return false;
    }

    /// <summary>"Bộ Chính trị và Ban Bí thư": after "và" a new body begins, not the rest of the ministry's name.</summary>
    private static bool StartsAnotherBody(string word) => BodyWords.Any(b => word == b || word.StartsWith(b + " ", StringComparison.Ordinal));

    private static readonly string[] BodyWords =
    [
        "Ban", "Bộ", "Ủy ban", "Uỷ ban", "Văn phòng", "Sở", "Cục", "Tổng cục", "Viện", "Hội đồng", "Ngân hàng", "Tòa án",
        "Mặt trận", "Thủ tướng", "Chính phủ", "Quốc hội", "Trung ương", "Tỉnh ủy", "Thành ủy", "Đảng", "Học viện", "Trường",
    ];

    // Lower-case words that cannot be the second syllable of a ministry's name: they start the rest of the sentence.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "và", "của", "với", "đã", "đang", "sẽ", "là", "có", "được", "tại", "ở", "trong", "cho", "để", "từ", "về", "các",
        "những", "chủ", "phối", "tiếp", "cùng", "cũng", "báo", "đề", "yêu", "nhằm", "theo",
    };

    private static Candidate Organisation(int start, string surface, string canonicalName, EntityRegistry registry)
    {
        var known = registry.Unique(EntityKinds.Organisation, surface) ?? registry.Unique(EntityKinds.Organisation, canonicalName);
        var key = known?.Key ?? Slug.From(canonicalName);
        var isKnown = known is not null || registry.Contains(EntityKinds.Organisation, key);
        return new Candidate(new Mention(start, surface, EntityKinds.Organisation, key, isKnown),
            isKnown ? Candidate.Registry : Candidate.Pattern, isKnown ? null : new NamedFacts(canonicalName));
    }

    private static string Canonical(string word) => word switch
    {
        "UBND" => "Ủy ban nhân dân",
        "Uỷ ban nhân dân" => "Ủy ban nhân dân",
        "HĐND" => "Hội đồng nhân dân",
        "Tỉnh uỷ" => "Tỉnh ủy",
        "Thành uỷ" => "Thành ủy",
        "TP" or "TP." or "Thành phố" => "thành phố",
        "Tỉnh" => "tỉnh",
        _ => word,
    };

    [GeneratedRegex(@"(?<![\p{L}])Bộ (?=\p{Lu})")]
    private static partial Regex Ministry();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<body>Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+(?<level>tỉnh|thành phố|Thành phố|TP\.?)|(?<body>Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ))\s+(?=\p{Lu})")]
    private static partial Regex LocalGovernment();
}
