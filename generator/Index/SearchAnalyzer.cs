using System.Runtime.CompilerServices;

namespace StaticKb.Index;

/// <summary>
/// Turns the text of one field into the terms the index stores for it, in the order lunr's pipeline would
/// emit them. search.js has the same analysers for queries (and for lunr's own builder in the benchmark and
/// the compatibility test); SearchAnalyzerParityTests keeps the two in step.
/// Terms come out as numbers in <see cref="Terms"/>. An instance remembers what it worked out per distinct
/// token (a site's vocabulary repeats; its words need folding or stemming once), so it is not thread-safe:
/// use one per thread.
/// </summary>
internal abstract class SearchAnalyzer
{
    private readonly List<TokenSpan> _spans = new();
    private char[] _normalized = new char[1024];
    private readonly List<int> _ids = new();

    public abstract string Language { get; }

    /// <summary>The lunr search pipeline written into the index (labels of registered lunr functions).</summary>
    public abstract IReadOnlyList<string> SearchPipeline { get; }

    /// <summary>The terms this analyser has emitted, by number.</summary>
    public TermTable Terms { get; } = new();

    public void AddTermIds(string text, List<int> termIds)
    {
        if (string.IsNullOrEmpty(text)) return;
        var normalized = SearchText.Normalize(text, ref _normalized);
        _spans.Clear();
        SearchTokenizer.Scan(normalized, _spans);
        AddTermIds(normalized, _spans, termIds);
    }

    /// <summary>The terms of a text as strings: for tests and tools; the builder works with numbers.</summary>
    public List<string> TermsOf(string text)
    {
        _ids.Clear();
        AddTermIds(text, _ids);
        return _ids.Select(id => Terms[id]).ToList();
    }

    protected abstract void AddTermIds(ReadOnlySpan<char> normalized, List<TokenSpan> tokens, List<int> termIds);

    public static SearchAnalyzer For(string language) => language switch
    {
        "vi" => new VietnameseAnalyzer(),
        "en" => new EnglishAnalyzer(),
        _ => throw new ArgumentException($"No search analyser for language '{language}'; expected \"vi\" or \"en\".", nameof(language)),
    };

    /// <summary>
    /// What an analyser worked out for each distinct token, found by the token's characters without allocating:
    /// an open-addressing table (linear probing, at most half full) keyed by the characters, so a repeated token
    /// costs one hash of its characters and, almost always, one comparison.
    /// </summary>
    protected sealed class Vocabulary<T> where T : struct
    {
        private const int Limit = 2_000_000;
        private readonly Func<string, SearchTokenKind, T> _create;
        private int[] _slots = new int[1 << 12]; // entry number + 1; 0 is a free slot
        private string[] _keys = new string[1 << 11];
        private int[] _hashes = new int[1 << 11];
        private T[] _values = new T[1 << 11];
        private int _count;

        public Vocabulary(Func<string, SearchTokenKind, T> create) => _create = create;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public T Get(ReadOnlySpan<char> normalized, TokenSpan token)
        {
            var key = normalized.Slice(token.Start, token.Length);
            var hash = Hash(key);
            var mask = _slots.Length - 1;
            for (var slot = hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
            {
                var e = _slots[slot] - 1;
                if (_hashes[e] == hash && key.SequenceEqual(_keys[e])) return _values[e];
            }
            var raw = key.ToString();
            var value = _create(token.HasComma ? raw.Replace(',', '.') : raw, token.Kind);
            if (_count < Limit) Add(raw, hash, value);
            return value;
        }

        private void Add(string key, int hash, T value)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _count * 2);
                Array.Resize(ref _hashes, _count * 2);
                Array.Resize(ref _values, _count * 2);
            }
            _keys[_count] = key;
            _hashes[_count] = hash;
            _values[_count] = value;
            _count++;
            if (_count * 2 > _slots.Length)
            {
                _slots = new int[_slots.Length * 2];
                for (var e = 0; e < _count; e++) Place(e);
            }
            else Place(_count - 1);
        }

        private void Place(int e)
        {
            var mask = _slots.Length - 1;
            var slot = _hashes[e] & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = e + 1;
        }

        /// <summary>FNV-1a over the UTF-16 units, high bits folded into the low ones the table indexes by.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Hash(ReadOnlySpan<char> s)
        {
            var h = 2166136261u;
            foreach (var c in s) h = (h ^ c) * 16777619u;
            return (int)(h ^ (h >> 16));
        }
    }
}
