namespace StaticKb.Index;

/// <summary>
/// Which shards hold a half-typed word's completions, for the prefixes whose keys span many shards. search.js
/// completes the last word of a query typed so far to the <see cref="MaxCompletions"/> terms on most pages that
/// start with it (its folded form, and with <c>~</c> before it), and looks them up: without this, it loads every
/// shard the prefix's keys span to find them, and at 10,000 article pairs a Vietnamese query ending in
/// <c>thu</c> loaded 17 shards (117 KB gzip, about 150 KB for the whole first query) when its completions are in 12.
/// With it, a prefix that spans at least <see cref="DefaultSpanFrom"/> shards (<see cref="SearchSharding.PrefixesFrom"/>) is looked up in one small file
/// (<c>prefixes.json</c> beside the shards), and only the shards that hold its completions are loaded: the top
/// completions of a set of shards that holds them all are the top completions of the whole index.
/// </summary>
internal static class PrefixShards
{
    /// <summary>The shortest prefix completed, in folded letters (search.js: <c>MIN_PREFIX</c>).</summary>
    public const int MinPrefix = 3;

    /// <summary>How many completions a prefix has at most, per form (search.js: <c>MAX_COMPLETIONS</c>).</summary>
    public const int MaxCompletions = 8;

    /// <summary>
    /// From how many shards a prefix is looked up in the file. A prefix over one or two shards costs little
    /// more loaded whole, and a third of the prefixes of a large site's boundaries span two.
    /// </summary>
    public const int DefaultSpanFrom = 3;

    /// <summary>
    /// Each prefix of a word shard's boundary (at least <see cref="MinPrefix"/> characters) that spans at least
    /// <paramref name="spanFrom"/> word shards (2 or more), with the shards (ascending) that hold its completions; by prefix,
    /// ordinal. Only such prefixes can span more than one shard: the second shard of a span starts with it.
    /// </summary>
    /// <param name="boundaries">The manifest's <c>keys</c>: shard i of words holds the keys from boundaries[i] on.</param>
    /// <param name="texts">Every term, in ordinal order.</param>
    /// <param name="numberOf">A term's number, by its place in <paramref name="texts"/>.</param>
    /// <param name="routing">A term's routing key, by its place in <paramref name="texts"/>.</param>
    public static IReadOnlyList<(string Prefix, int[] Shards)> Plan(IReadOnlyList<string> boundaries, IReadOnlyList<string> texts, Func<int, int> numberOf, Func<int, string> routing, int spanFrom)
    {
        // A prefix within one shard need not start a boundary, so it could not be found here, and search.js would
        // look for it in the file in vain.
        ArgumentOutOfRangeException.ThrowIfLessThan(spanFrom, 2);
        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < boundaries.Count; i++)
            for (var length = MinPrefix; length <= boundaries[i].Length; length++) prefixes.Add(boundaries[i][..length]);
        var planned = new List<(string, int[])>();
        foreach (var prefix in prefixes)
        {
            if (Span(boundaries, prefix) < spanFrom) continue;
            var shards = new SortedSet<int>();
            foreach (var form in new[] { prefix, VietnameseAnalyzer.FoldedPrefix + prefix })
                foreach (var term in Completions(texts, numberOf, form)) shards.Add(ShardFor(boundaries, routing(term)));
            planned.Add((prefix, shards.ToArray()));
        }
        return planned;
    }

    /// <summary>The prefixes file: <c>{"prefix":[shard,…],…}</c>, as UTF-8.</summary>
    public static byte[] Json(IReadOnlyList<(string Prefix, int[] Shards)> prefixes)
    {
        var json = new System.Text.StringBuilder("{");
        foreach (var (prefix, shards) in prefixes)
        {
            if (json.Length > 1) json.Append(',');
            JsJson.AppendString(json, prefix);
            json.Append(":[").AppendJoin(',', shards).Append(']');
        }
        return System.Text.Encoding.UTF8.GetBytes(json.Append('}').ToString());
    }

    /// <summary>The word shard that holds a key (search.js: shardFor): the last whose boundary is at most the key.</summary>
    public static int ShardFor(IReadOnlyList<string> boundaries, string key)
    {
        int low = 0, high = boundaries.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (string.CompareOrdinal(boundaries[mid], key) <= 0) low = mid; else high = mid - 1;
        }
        return low;
    }

    /// <summary>How many word shards may hold keys that start with the prefix (search.js: shardsForPrefix).</summary>
    public static int Span(IReadOnlyList<string> boundaries, string prefix)
    {
        var first = ShardFor(boundaries, prefix);
        var end = first + 1;
        while (end < boundaries.Count && string.CompareOrdinal(boundaries[end], prefix + '\uffff') < 0) end++;
        return end - first;
    }

    /// <summary>The places in <paramref name="texts"/> of the terms that start with <paramref name="form"/>, the <see cref="MaxCompletions"/> of lowest number.</summary>
    private static IEnumerable<int> Completions(IReadOnlyList<string> texts, Func<int, int> numberOf, string form)
    {
        int low = 0, high = texts.Count;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (string.CompareOrdinal(texts[mid], form) < 0) low = mid + 1; else high = mid;
        }
        var found = new List<int>();
        for (var t = low; t < texts.Count && texts[t].StartsWith(form, StringComparison.Ordinal); t++) found.Add(t);
        return found.OrderBy(numberOf).Take(MaxCompletions);
    }
}
