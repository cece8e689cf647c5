using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticKb.Import.Recognition;

/// <summary>
/// Places named after "tỉnh" or "thành phố" ("tỉnh Lạng Sơn", "thành phố Hồ Chí Minh"), and the upper-case
/// dateline that opens a lead ("BẮC NINH - Chiều tối 22/7 …"). Only the name is the mention: "tỉnh" stays text.
/// Other places (countries, foreign regions) are recognised through the registry only.
/// </summary>
internal static partial class PlaceRecognizer
{
    public static IEnumerable<Candidate> Find(string text, EntityRegistry registry)
    {
        foreach (Match m in Cue().Matches(text))
        {
            var name = PlaceName(text, m.Index + m.Length, registry);
            if (name is null) continue;
            yield return Place(m.Index + m.Length, name, registry);
        }
    }

    /// <summary>"BẮC NINH - …" at the start of the lead: matched to a known place however it is cased.</summary>
    public static Candidate? Dateline(string lead, EntityRegistry registry)
    {
        var m = DatelineShape().Match(lead);
        if (!m.Success) return null;
        var surface = m.Groups["place"].Value;
        var key = Slug.From(surface);
        var known = registry.ByRef(EntityKinds.Place, key)
            ?? registry.Surfaces.Where(s => Slug.From(s) == key).SelectMany(registry.WithSurface).FirstOrDefault(e => e.Kind == EntityKinds.Place);
        if (known is not null) return new Candidate(new Mention(0, surface, EntityKinds.Place, known.Key, Known: true), Candidate.Registry);
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(surface.ToLowerInvariant());
        return new Candidate(new Mention(0, surface, EntityKinds.Place, key, Known: false), Candidate.Pattern, new NamedFacts(name));
    }

    /// <summary>
    /// The place name starting at <paramref name="at"/>: a known place if one starts there, otherwise the run of
    /// capitalised syllables (three at most: "Hồ Chí Minh"; of a longer run, "Lạng Sơn Hồ Tiến Thiệu", the first two).
    /// </summary>
    public static string? PlaceName(string text, int at, EntityRegistry registry)
    {
        var run = CapitalisedRun(text, at);
        if (run.Count == 0) return null;
        var whole = text[at..run[^1].End];
        foreach (var surface in registry.Surfaces)
        {
            if (whole.StartsWith(surface, StringComparison.Ordinal) && VietnameseText.IsWholeWord(text, at, at + surface.Length)
                && registry.WithSurface(surface).Any(e => e.Kind == EntityKinds.Place))
                return surface;
        }
        var take = run.Count <= 3 ? run.Count : 2;
        return text[at..run[take - 1].End];
    }

    /// <summary>Capitalised words from <paramref name="at"/>, each separated from the next by a single space.</summary>
    public static IReadOnlyList<Word> CapitalisedRun(string text, int at)
    {
        var run = new List<Word>();
        var i = at;
        while (i < text.Length)
        {
            var end = i;
            while (end < text.Length && VietnameseText.IsWordChar(text[end])) end++;
            var word = text[i..end];
            if (!VietnameseText.IsCapitalised(word)) break;
            run.Add(new Word(word, i));
            if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) i = end + 1;
            else break;
        }
        return run;
    }

    private static Candidate Place(int start, string name, EntityRegistry registry)
    {
        var known = registry.Unique(EntityKinds.Place, name);
        var key = known?.Key ?? Slug.From(name);
        var isKnown = known is not null || registry.Contains(EntityKinds.Place, key);
        return new Candidate(new Mention(start, name, EntityKinds.Place, key, isKnown), isKnown ? Candidate.Registry : Candidate.Pattern,
            isKnown ? null : new NamedFacts(name));
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+(?=\p{Lu})")]
    private static partial Regex Cue();

    [GeneratedRegex(@"^(?<place>\p{Lu}{2,}(?: \p{Lu}{2,}){0,3})\s+[-–—]\s+")]
    private static partial Regex DatelineShape();
}
