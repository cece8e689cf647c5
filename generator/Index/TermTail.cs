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
/// <remarks>
/// A bound for the whole tail is loose: most tail pages weigh far less than the heaviest, and a page the query's
/// other words put near the top would need its block only to learn that. So each tail page also has a
/// <see cref="Levels"/> entry, its weight in eighths of the bound, rounded up: the shard lists them for every page
/// (search.js then knows, without a block, which pages have the term and within an eighth of the bound what each
/// weighs). See generator/Index/README.md for what this saves.
/// </remarks>
/// <param name="Pages">How many pages have the term (in any field).</param>
/// <param name="Head">The head's pages, ascending.</param>
/// <param name="Bound">The largest weight of a tail page: the sum over fields of its field-vector entries for the term, in thousandths.</param>
/// <param name="Tail">The tail's pages, ascending.</param>
/// <param name="Levels">For each tail page (as <paramref name="Tail"/>), 1 to <see cref="LevelCount"/>: the least l with weight ≤ l × Bound / LevelCount (1 for a weight of 0).</param>
internal sealed record TermTail(int Pages, int[] Head, int Bound, int[] Tail, byte[] Levels)
{
    /// <summary>How finely <see cref="Levels"/> divides the bound (search.js: <c>LEVELS</c>).</summary>
    public const int LevelCount = 8;

    /// <summary>
    /// How many split terms' levels a shard writes as one row per page (search.js: <c>TERMS_PER_LEVEL_ROWS</c>): rows
    /// of 4 digits from 0 to 8 are at most 6,561 kinds, and each has a character of its own (<see cref="RowCode"/>).
    /// </summary>
    public const int TermsPerLevelRows = 4;

    /// <summary>
    /// The character that stands for the row of rank <paramref name="rank"/> (0: the commonest): the printable ASCII
    /// characters from <c>#</c> that JSON writes as they are (not <c>\</c>), then from U+00A1 on, all below the
    /// surrogates. search.js: <c>rowRank</c>.
    /// </summary>
    public static char RowCode(int rank) => rank < 57 ? (char)('#' + rank) : rank < 91 ? (char)('#' + 1 + rank) : (char)(0xA1 + rank - 91);

    /// <summary>The level of a tail page of weight <paramref name="weight"/> under <paramref name="bound"/> (both in thousandths).</summary>
    public static byte Level(int weight, int bound) =>
        bound <= 0 ? (byte)1 : (byte)Math.Clamp((weight * (long)LevelCount + bound - 1) / bound, 1, LevelCount);

    /// <summary>
    /// Where the blocks of a shard's split terms start: their tails' pages together, in runs of
    /// <paramref name="blockPages"/>; block j holds the pages from starts[j] up to the next start (the last, to the end).
    /// </summary>
    public static int[] BlockStarts(IEnumerable<TermTail> tails, int blockPages)
    {
        var pages = tails.SelectMany(t => t.Tail).ToArray();
        Array.Sort(pages);
        var starts = new List<int>();
        for (int i = 0, seen = 0; i < pages.Length; i++)
        {
            if (i > 0 && pages[i] == pages[i - 1]) continue;
            if (seen++ % blockPages == 0) starts.Add(pages[i]);
        }
        return starts.ToArray();
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
        pages.Sort(); // the tail is taken in page order below

        // Heaviest first, ties by page (so the keys are distinct, and the head is the same whatever the order of
        // the postings): the head is the headPages smallest keys, found without sorting the rest.
        var keys = new long[pages.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((long)(int.MaxValue - weights[pages[i]]) << 32) | (uint)pages[i];
        Select(keys, headPages);
        var bound = int.MaxValue - (int)(keys[headPages] >> 32);
        var head = new int[headPages];
        for (var i = 0; i < headPages; i++) head[i] = (int)keys[i];
        Array.Sort(head);
        var weightOf = new int[pages.Count];
        for (var i = 0; i < weightOf.Length; i++)
        {
            weightOf[i] = weights[pages[i]];
            weights[pages[i]] = 0;
        }
        foreach (var page in head) weights[page] = 1; // marks the head while the tail is taken
        var tail = new int[pages.Count - headPages];
        var levels = new byte[tail.Length];
        var at = 0;
        for (var i = 0; i < weightOf.Length; i++)
        {
            if (weights[pages[i]] != 0) continue;
            levels[at] = Level(weightOf[i], bound);
            tail[at++] = pages[i];
        }
        foreach (var page in head) weights[page] = 0;
        return new TermTail(pages.Count, head, bound, tail, levels);
    }

    /// <summary>
    /// Moves the k smallest of distinct <paramref name="keys"/> before index k, in no order, and the next smallest
    /// to index k (a quickselect, median of three).
    /// </summary>
    private static void Select(long[] keys, int k)
    {
        int low = 0, high = keys.Length - 1;
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            if (keys[mid] < keys[low]) (keys[mid], keys[low]) = (keys[low], keys[mid]);
            if (keys[high] < keys[low]) (keys[high], keys[low]) = (keys[low], keys[high]);
            if (keys[high] < keys[mid]) (keys[high], keys[mid]) = (keys[mid], keys[high]);
            var pivot = keys[mid];
            int i = low, j = high;
            while (i <= j)
            {
                while (keys[i] < pivot) i++;
                while (keys[j] > pivot) j--;
                if (i <= j)
                {
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j) high = j;
            else if (k >= i) low = i;
            else return;
        }
    }
}
