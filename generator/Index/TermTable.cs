namespace StaticKb.Index;

/// <summary>
/// Term strings numbered in the order they are first met. An analyser keeps one per thread so that it can
/// hand out small integers instead of strings; <see cref="SearchIndexBuilder"/> maps each thread's numbers to
/// one shared numbering afterwards. Building an index this way allocates per distinct term, not per word.
/// </summary>
/// <remarks>
/// Phrase terms (bigrams, English word–number pairs) are numbered by their two halves, as numbers in
/// <see cref="Keys"/>, and get their string (<c>+first second</c>) only when asked for it. Most distinct
/// phrases of a site occur once and are pruned (<see cref="UniquePhrases"/>) before the index is written,
/// so most never need a string.
/// </remarks>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _phrases = new(new PairComparer());
    private readonly List<string?> _terms = new();
    private readonly List<long> _phraseKeys = new();
    private readonly Dictionary<string, int> _keyIds = new(StringComparer.Ordinal);
    private readonly List<string> _keys = new();

    public int Count => _terms.Count;

    /// <summary>The halves phrases are made of (folded words, numbers, word terms), by number.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The term's string; a phrase's is made (and kept) on first use, so this is not thread-safe.</summary>
    public string this[int id] => _terms[id] ??= Phrase(_keys[(int)(_phraseKeys[id] >> 32)], _keys[(int)_phraseKeys[id]]);

    /// <summary>The string of a phrase term: its halves after <see cref="VietnameseAnalyzer.BigramPrefix"/>, separated by a space.</summary>
    public static string Phrase(string first, string second) => string.Concat(VietnameseAnalyzer.BigramPrefix, first, " ", second);

    public int Id(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _terms.Count;
            _ids.Add(term, id);
            _terms.Add(term);
            _phraseKeys.Add(-1);
        }
        return id;
    }

    public int KeyId(string key)
    {
        if (!_keyIds.TryGetValue(key, out var id))
        {
            id = _keys.Count;
            _keyIds.Add(key, id);
            _keys.Add(key);
        }
        return id;
    }

    /// <summary>The phrase term of two keys (numbers from <see cref="KeyId"/>).</summary>
    public int PhraseId(int firstKey, int secondKey)
    {
        var pair = ((long)firstKey << 32) | (uint)secondKey;
        if (!_phrases.TryGetValue(pair, out var id))
        {
            id = _terms.Count;
            _phrases.Add(pair, id);
            _terms.Add(null);
            _phraseKeys.Add(pair);
        }
        return id;
    }

    public bool IsPhrase(int id) => _phraseKeys[id] >= 0;

    /// <summary>The numbers of a phrase's two keys.</summary>
    public (int First, int Second) PhraseKeys(int id) => ((int)(_phraseKeys[id] >> 32), (int)_phraseKeys[id]);

    /// <summary>long's own hash xors the two halves, so pairs of small numbers would pile into few buckets.</summary>
    private sealed class PairComparer : IEqualityComparer<long>
    {
        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long pair) => (int)((ulong)(pair * unchecked((long)0x9E3779B97F4A7C15)) >> 32);
    }
}
