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
    private readonly List<int> _ids = new();

    public abstract string Language { get; }

    /// <summary>The lunr search pipeline written into the index (labels of registered lunr functions).</summary>
    public abstract IReadOnlyList<string> SearchPipeline { get; }

    /// <summary>The terms this analyser has emitted, by number.</summary>
    public TermTable Terms { get; } = new();

    public void AddTermIds(string text, List<int> termIds)
    {
        if (string.IsNullOrEmpty(text)) return;
        var normalized = SearchText.Normalize(text);
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

    protected abstract void AddTermIds(string normalized, List<TokenSpan> tokens, List<int> termIds);

    public static SearchAnalyzer For(string language) => language switch
    {
        "vi" => new VietnameseAnalyzer(),
        "en" => new EnglishAnalyzer(),
        _ => throw new ArgumentException($"No search analyser for language '{language}'; expected \"vi\" or \"en\".", nameof(language)),
    };

    /// <summary>Analysers for the threads of one build, sharing what is safe to share between them.</summary>
    public static Func<SearchAnalyzer> Factory(string language)
    {
        switch (language)
        {
            case "vi":
                return () => new VietnameseAnalyzer();
            case "en":
                var wordTerms = new System.Collections.Concurrent.ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
                return () => new EnglishAnalyzer(wordTerms);
            default:
                return () => For(language);
        }
    }

    /// <summary>What an analyser worked out for each distinct token, found by the token's characters without allocating.</summary>
    protected sealed class Vocabulary<T> where T : class
    {
        private const int Limit = 2_000_000;
        private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly Func<string, SearchTokenKind, T> _create;

        public Vocabulary(Func<string, SearchTokenKind, T> create)
        {
            _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
            _create = create;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public T Get(string normalized, TokenSpan token)
        {
            if (_lookup.TryGetValue(normalized.AsSpan(token.Start, token.Length), out var entry)) return entry;
            var raw = normalized.Substring(token.Start, token.Length);
            entry = _create(token.Text(normalized), token.Kind);
            if (_entries.Count < Limit) _entries.Add(raw, entry);
            return entry;
        }
    }
}
