using StaticKb.Import.Layout;

namespace StaticKb.Import.Recognition;

/// <summary>
/// Chooses among overlapping candidates: the longest wins ("UBND tỉnh Lạng Sơn" over "Lạng Sơn"), then the
/// surer source (registry over pattern), then the earlier. Nothing is annotated inside a photo credit, and the
/// body named inside a fixed title ("Chính phủ" in "Thủ tướng Chính phủ") is part of the title, not a mention.
/// </summary>
internal static class MentionResolver
{
    public static IReadOnlyList<Candidate> Resolve(string text, IEnumerable<Candidate> candidates, IReadOnlyList<TextRange> protectedRanges)
    {
        var titles = FixedTitleRanges(text);
        var chosen = new List<Candidate>();
        var ordered = candidates
            .Where(c => !protectedRanges.Any(r => r.Overlaps(c.Mention.Start, c.Mention.End)))
            .Where(c => c.Mention.Kind != EntityKinds.Organisation || !titles.Any(t => t.Start <= c.Mention.Start && t.End >= c.Mention.End))
            .OrderByDescending(c => c.Mention.Surface.Length)
            .ThenByDescending(c => c.Priority)
            .ThenBy(c => c.Mention.Start);
        foreach (var c in ordered)
            if (!chosen.Any(x => x.Mention.Start < c.Mention.End && x.Mention.End > c.Mention.Start)) chosen.Add(c);
        chosen.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        return chosen;
    }

    private static List<TextRange> FixedTitleRanges(string text)
    {
        var ranges = new List<TextRange>();
        foreach (var title in PersonTitles.Fixed)
            for (var at = text.IndexOf(title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(title, at + 1, StringComparison.Ordinal))
                if (VietnameseText.IsWholeWord(text, at, at + title.Length)) ranges.Add(new TextRange(at, title.Length));
        return ranges;
    }
}
