namespace StaticKb.Index;

/// <summary>
/// How a common term's postings are split in a sharded index. The pages where the term weighs most (its
/// <see cref="Head"/>) stay in the term's shard; the others (its tail) go to blocks of consecutive pages, each a
/// lunr index of its own. A query for common words then ranks its first page of results from the heads, and
/// fetches a block only for a page that could still make that page but whose weight it does not know
/// (search.js, rankShards). <see cref="Bound"/> is what makes that safe: no page of the tail weighs more.
/// </summary>
/// <param name="Pages">How many pages have the term (in any field).</param>
/// <param name="Head">The head's pages, ascending.</param>
/// <param name="Bound">The largest weight of a tail page: the sum over fields of its field-vector entries for the term, in thousandths.</param>
/// <param name="BlockStarts">The first page of each block, ascending; block j holds the tail's pages from BlockStarts[j] up to the next start.</param>
internal sealed record TermTail(int Pages, int[] Head, int Bound, int[] BlockStarts)
{
    public bool InHead(int page) => Array.BinarySearch(Head, page) >= 0;

    /// <summary>The pages of the tail that block <paramref name="block"/> holds are those from its start up to the next.</summary>
    public (int From, int To) BlockRange(int block, int pageCount) =>
        (BlockStarts[block], block + 1 < BlockStarts.Length ? BlockStarts[block + 1] : pageCount);

    /// <summary>
    /// The tail of a term on at least <paramref name="fromPages"/> pages, or null. <paramref name="weights"/> is a
    /// scratch array of one int per page, all 0, left so. Postings are <c>grouped[start..end]</c> (page × 8 +
    /// field), their scores in thousandths alongside.
    /// </summary>
    public static TermTail? Plan(int start, int end, int[] grouped, int[] scores, int fromPages, int headPages, int blockPages, int[] weights)
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
        var starts = new int[(tail.Length + blockPages - 1) / blockPages];
        for (var j = 0; j < starts.Length; j++) starts[j] = tail[j * blockPages];
        foreach (var page in pages) weights[page] = 0;
        return new TermTail(pages.Count, head, bound, starts);
    }
}
