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
    /// an open-addressing table (linear probing, at most half full) whose slots hold each entry's hash beside
    /// its number, the keys' characters one after another in one array, so a repeated token costs one hash of
    /// its characters, a slot and, almost always, one comparison.
    /// </summary>
    protected sealed class Vocabulary<T> where T : struct
    {
        private const int Limit = 2_000_000;
        private readonly Func<string, SearchTokenKind, T> _create;
        private long[] _slots = new long[1 << 12]; // hash << 32 | entry number + 1; 0 is a free slot
        private Entry[] _entries = new Entry[1 << 11];
        private char[] _keys = new char[1 << 14];
        private int _keysLength;
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
                if ((int)(_slots[slot] >> 32) != hash) continue;
                ref var entry = ref _entries[(int)_slots[slot] - 1];
                if (entry.KeyLength == key.Length && key.SequenceEqual(_keys.AsSpan(entry.KeyStart, entry.KeyLength))) return entry.Value;
            }
            var text = key.ToString();
            var value = _create(token.HasComma ? text.Replace(',', '.') : text, token.Kind);
            if (_count < Limit) Add(key, hash, value);
            return value;
        }

        private void Add(ReadOnlySpan<char> key, int hash, T value)
        {
            if (_count == _entries.Length) Array.Resize(ref _entries, _count * 2);
            if (_keysLength + key.Length > _keys.Length) Array.Resize(ref _keys, Math.Max(_keysLength + key.Length, _keys.Length * 2));
            key.CopyTo(_keys.AsSpan(_keysLength));
            _entries[_count] = new Entry(_keysLength, key.Length, value);
            _keysLength += key.Length;
            _count++;
            if (_count * 2 > _slots.Length)
            {
                var old = _slots;
                _slots = new long[old.Length * 2];
                foreach (var slot in old)
                    if (slot != 0) Place(slot);
            }
            else Place((long)hash << 32 | (uint)_count);
        }

        private void Place(long slot)
        {
            var mask = _slots.Length - 1;
            var i = (int)(slot >> 32) & mask;
            while (_slots[i] != 0) i = (i + 1) & mask;
            _slots[i] = slot;
        }

        /// <summary>FNV-1a over the UTF-16 units, high bits folded into the low ones the table indexes by.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Hash(ReadOnlySpan<char> s)
        {
            var h = 2166136261u;
            foreach (var c in s) h = (h ^ c) * 16777619u;
            return (int)(h ^ (h >> 16));
        }

        private readonly record struct Entry(int KeyStart, int KeyLength, T Value);
    }
}
