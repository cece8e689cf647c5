namespace StaticKb.Index;

/// <summary>
/// Drops bigrams (and English word–number pairs) that occur in a single field of a single page. Most
/// bigrams of a site are such one-offs: they would make up most of the index's terms, and so most of the
/// time the browser spends loading it, while ranking nothing above anything (one page has them). A quoted
/// phrase whose bigram was dropped still finds its page by its words (search.js then does not require the
/// bigram). reference-build.js applies the same rule when lunr builds the benchmark and compatibility indexes.
/// Field lengths count what is left, as lunr's would after a pipeline that drops them.
/// </summary>
internal static class UniquePhrases
{
    public static void Prune(FieldTermCounts[][] pages, TermTable terms)
    {
        var postings = new int[terms.Count];
        foreach (var page in pages)
            foreach (var field in page)
                foreach (var id in field.TermIds) postings[id]++;

        var drop = new bool[terms.Count];
        var any = false;
        for (var id = 0; id < drop.Length; id++)
        {
            drop[id] = postings[id] == 1 && terms.IsPhrase(id);
            any |= drop[id];
        }
        if (!any) return;

        Parallel.For(0, pages.Length, p =>
        {
            var page = pages[p];
            for (var f = 0; f < page.Length; f++)
            {
                var field = page[f];
                var kept = 0;
                var length = field.Length;
                foreach (var id in field.TermIds) if (!drop[id]) kept++;
                if (kept == field.TermIds.Length) continue;

                var ids = new int[kept];
                var counts = new int[kept];
                for (int i = 0, k = 0; i < field.TermIds.Length; i++)
                {
                    if (drop[field.TermIds[i]]) { length -= field.Counts[i]; continue; }
                    ids[k] = field.TermIds[i];
                    counts[k++] = field.Counts[i];
                }
                page[f] = new FieldTermCounts(ids, counts, length);
            }
        });
    }
}
