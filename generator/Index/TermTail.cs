namespace StaticKb.Index;

/// <summary>
/// How a common term's postings are split in a sharded index. The pages where the term weighs most (its
/// <see cref="Head"/>) stay in the term's shard; the others (its tail) go to blocks of consecutive pages, each a
/// lunr index of its own holding the tails of all the shard's split terms on those pages (a word's exact and
/// folded forms share a shard, and a query asks for both). A query for common words then ranks its first page
/// of results from the heads, and fetches a block only for a page that could still make that page but whose
/// weight it does not know (search.js, rankShards). <see cref="Bound"/> is what makes that safe: no page of the
/// tail weighs more.
/// </summary>
/// <param name="Pages">How many pages have the term (in any field).</param>
/// <param name="Head">The head's pages, ascending.</param>
/// <param name="Bound">The largest weight of a tail page: the sum over fields of its field-vector entries for the term, in thousandths.</param>
/// <param name="Tail">The tail's pages, ascending.</param>
internal sealed record TermTail(int Pages, int[] Head, int Bound, int[] Tail)
{
    public bool InHead(int page) => Array.BinarySearch(Head, page) >= 0;

    /// <summary>
    /// Where the blocks of a shard's split terms start: their tails' pages together, in runs of
    /// <paramref name="blockPages"/>; block j holds the pages from starts[j] up to the next start (the last, to the end).
    /// </summary>
    public static int[] BlockStarts(IEnumerable<TermTail> tails, int blockPages)
    {
        var pages = tails.SelectMany(t => t.Tail).Distinct().Order().ToArray();
        var starts = new int[(pages.Length + blockPages - 1) / blockPages];
        for (var j = 0; j < starts.Length; j++) starts[j] = pages[j * blockPages];
        return starts;
    }

    /// <summary>
    /// The tail of a term on at least <paramref name="fromPages"/> pages, or null. <paramref name="weights"/> is a
    /// scratch array of one int per page, all 0, left so. Postings are <c>grouped[start..end]</c> (page × 8 +
    /// field), their scores in thousandths alongside.
    /// </summary>
    public static TermTail? Plan(int start, int end, int[] grouped, int[] scores, int fromPages, int headPages, int[] weights)
    {
        if (end - start < fromPages) return null; // fewer postings than pages needed: not even close
        var pages = new List<int>();
        for (var g = start; g < end; g++)
        {
            var page = grouped[g] >> 3;
            if (weights[page] == 0) pages.Add(page);
            weights[page] += scores[g] + 1; // + 1: a posting of score 0 still marks its page; taken off below
        }
        for (var g = start; g < end; g++) weights[grouped[g] >> 3]--;
        if (pages.Count < fromPages)
        {
            foreach (var page in pages) weights[page] = 0;
            return null;
        }

        // Heaviest first, ties by page: deterministic whatever order the postings came in.
        var byWeight = pages.ToArray();
        var keys = new long[byWeight.Length];
        for (var i = 0; i < byWeight.Length; i++) keys[i] = ((long)(int.MaxValue - weights[byWeight[i]]) << 32) | (uint)byWeight[i];
        Array.Sort(keys, byWeight);
        var head = byWeight[..headPages];
        var tail = byWeight[headPages..];
        var bound = weights[tail[0]];
        Array.Sort(head);
        Array.Sort(tail);
        foreach (var page in pages) weights[page] = 0;
        return new TermTail(pages.Count, head, bound, tail);
    }
}
