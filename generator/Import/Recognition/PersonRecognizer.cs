using StaticKb.Model;

namespace StaticKb.Import.Recognition;

/// <summary>
/// People introduced by a title: a personal name (<see cref="PersonalNames"/>) preceded by a title, possibly with
/// the body the title belongs to in between ("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn", "Chủ tịch UBND tỉnh Lạng Sơn
/// Hồ Tiến Thiệu"), or followed by titles after a comma ("Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy"). A name with no
/// title anywhere near it is left alone: "Hồ Chí Minh" is as often a city as a person.
/// </summary>
internal static class PersonRecognizer
{
    // Words that may stand between a title and a name besides the body itself: "Đại sứ Việt Nam tại Nhật Bản …".
    private static readonly HashSet<string> GapWords = new(StringComparer.Ordinal) { "tại", "ở", "của", "tỉnh", "thành", "phố", "nước" };

    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<Mention> mentions, EntityRegistry registry, PartialDate? asOf)
    {
        foreach (var (start, end) in NameSpans(text, mentions))
        {
            if (mentions.Any(m => m.Start < end && m.End > start)) continue;
            var name = text[start..end];
            var gapStart = GapStart(text, start, mentions);
            var before = PersonTitles.TitleBefore().Match(text[..gapStart]);
            var after = PersonTitles.TitlesAfter().Match(text[end..]);
            if (!before.Success && !after.Success) continue;

            string? role = null;
            if (before.Success && !PersonTitles.IsHonorific(before.Groups["title"].Value))
                role = text[before.Groups["title"].Index..start].Trim().TrimEnd(',');
            else if (after.Success)
                role = AppositiveRole(after.Groups["role"].Value);

            var known = registry.Unique(EntityKinds.Person, name);
            var key = known?.Key ?? Slug.From(name);
            var isKnown = known is not null || registry.Contains(EntityKinds.Person, key);
            yield return new Candidate(new Mention(start, name, EntityKinds.Person, key, isKnown),
                isKnown ? Candidate.Registry : Candidate.Pattern,
                new PersonFacts(name, role is { Length: > 0 } ? new StatedRole(role, asOf) : null));
        }
    }

    /// <summary>
    /// Runs of capitalised syllables that could be a name: the whole run if it is one, or its tail when the head is
    /// already a mention ("Bộ Công Thương Nguyễn Hồng Diên": the ministry, then the minister).
    /// </summary>
    private static IEnumerable<(int Start, int End)> NameSpans(string text, IReadOnlyList<Mention> mentions)
    {
        var words = VietnameseText.Words(text);
        var i = 0;
        while (i < words.Count)
        {
            var j = i;
            while (j + 1 < words.Count && VietnameseText.IsCapitalised(words[j].Text) && words[j + 1].Start == words[j].End + 1
                   && text[words[j].End] == ' ' && VietnameseText.IsCapitalised(words[j + 1].Text)) j++;
            if (VietnameseText.IsCapitalised(words[i].Text))
            {
                for (var p = i; p <= j; p++)
                {
                    var syllables = words.Skip(p).Take(j - p + 1).Select(w => w.Text).ToList();
                    if (!PersonalNames.LooksLikeName(syllables)) continue;
                    // The words before the name must be something else already: a mention, or a place after "tại"/"ở"
                    // ("… tại Hoa Kỳ Nguyễn Quốc Dũng", "… tại Thượng Hải Ngô Minh Nguyệt").
                    var headCovered = p == i || mentions.Any(m => m.Start <= words[i].Start && m.End >= words[p - 1].End)
                                      || i > 0 && words[i - 1].Text is "tại" or "ở";
                    if (headCovered) yield return (words[p].Start, words[j].End);
                    break;
                }
            }
            i = j + 1;
        }
    }

    /// <summary>Where the place of "tại Hoa Kỳ" starts, when the capitalised words ending at <paramref name="end"/> follow "tại"/"ở".</summary>
    private static int? PlaceAfterTai(string text, int end)
    {
        var start = end;
        while (start > 1 && text[start - 1] == ' ')
        {
            var wordStart = start - 1;
            while (wordStart > 0 && VietnameseText.IsWordChar(text[wordStart - 1])) wordStart--;
            var word = text[wordStart..(start - 1)];
            if (!VietnameseText.IsCapitalised(word)) break;
            start = wordStart;
        }
        var before = text[..start].TrimEnd();
        return before.EndsWith(" tại") || before.EndsWith(" ở") ? start : null;
    }

    /// <summary>"Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": titles separated by commas, each capitalised; a lower-case part is the sentence going on.</summary>
    private static string AppositiveRole(string text) =>
        string.Join(", ", text.Split(", ").TakeWhile(part => part.Length > 0 && char.IsUpper(part[0]))).Trim().TrimEnd(',').Trim();

    /// <summary>Walks back from a name over the body a title belongs to ("Bộ Ngoại giao", "UBND tỉnh Lạng Sơn", "Việt Nam tại …").</summary>
    private static int GapStart(string text, int nameStart, IReadOnlyList<Mention> mentions)
    {
        var at = nameStart;
        while (at > 0 && text[at - 1] == ' ')
        {
            var end = at - 1;
            var mention = mentions.FirstOrDefault(m => m.End == end && m.Kind is EntityKinds.Organisation or EntityKinds.Place);
            if (mention is not null) { at = mention.Start; continue; }
            var wordStart = end;
            while (wordStart > 0 && VietnameseText.IsWordChar(text[wordStart - 1])) wordStart--;
            var word = text[wordStart..end];
            if (word.Length > 0 && (GapWords.Contains(word) || word is "Việt" or "Nam")) { at = wordStart; continue; }
            // A place after "tại"/"ở": "Đại sứ Việt Nam tại Hoa Kỳ".
            if (VietnameseText.IsCapitalised(word) && PlaceAfterTai(text, wordStart) is { } placeStart) { at = placeStart; continue; }
            break;
        }
        return at;
    }
}
