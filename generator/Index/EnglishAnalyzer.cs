using System.Runtime.CompilerServices;

namespace StaticKb.Index;

/// <summary>
/// English: lunr's own pipeline (trimmer, stop-word filter, Porter stemmer, as lunr.js 2.3.9 runs them)
/// applied to words, after folding diacritics away so Vietnamese names in English text (<c>Phạm Minh Chính</c>)
/// are found as typed on an English keyboard and are not cut short by lunr's ASCII-only trimmer.
/// Numbers and codes skip the pipeline: the stemmer would otherwise eat the <c>s</c> of a code.
/// A word followed by a number or code also gives a pair term (<c>+direct 15</c> for "Directive 15-CT/TW"),
/// so "Directive 15" ranks directive 15 above a page about directive 20 that mentions 15 provinces;
/// English has no other bigrams, which keeps its index the size of lunr's.
/// </summary>
internal sealed class EnglishAnalyzer : SearchAnalyzer
{
    private readonly Vocabulary<Entry> _vocabulary;

    public EnglishAnalyzer() => _vocabulary = new Vocabulary<Entry>(Create);

    public override string Language => "en";

    // lunr's default search pipeline, so a plain lunr idx.search("directives") still works on this index;
    // search.js analyses queries itself and bypasses it.
    public override IReadOnlyList<string> SearchPipeline { get; } = new[] { "stemmer" };

    private readonly Dictionary<long, int> _pairs = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void AddTermIds(string normalized, List<TokenSpan> tokens, List<int> termIds)
    {
        Entry? previous = null;
        foreach (var token in tokens)
        {
            var entry = _vocabulary.Get(normalized, token);
            if (entry.Term >= 0) termIds.Add(entry.Term);
            if (entry.NumberKey is not null && previous is { NumberKey: null, Term: >= 0 } && !token.StartsPhrase)
                termIds.Add(PairId(previous, entry));
            previous = entry;
        }
    }

    /// <summary>The pair term of a word's term and a number (or a code's leading number).</summary>
    public static string Pair(string wordTerm, string number) => string.Concat(VietnameseAnalyzer.BigramPrefix, wordTerm, " ", number);

    private int PairId(Entry word, Entry number)
    {
        var key = ((long)word.Term << 32) | (uint)number.Term;
        if (!_pairs.TryGetValue(key, out var id))
        {
            id = Terms.Id(Pair(Terms[word.Term], number.NumberKey!));
            _pairs.Add(key, id);
        }
        return id;
    }

    /// <summary>The term of one word, or null for a stop word or a word the trimmer empties.</summary>
    public static string? WordTerm(string word)
    {
        var trimmed = LunrTrimmer.Trim(VietnameseFolding.Fold(word));
        return trimmed.Length == 0 || LunrStopWords.Contains(trimmed) ? null : LunrStemmer.Stem(trimmed);
    }

    private Entry Create(string text, SearchTokenKind kind)
    {
        switch (kind)
        {
            case SearchTokenKind.Word:
                var term = WordTerm(text);
                return new Entry(term is null ? -1 : Terms.Id(term), null);
            case SearchTokenKind.Number:
                return new Entry(Terms.Id(text), text);
            default:
                var code = VietnameseFolding.Fold(text);
                return new Entry(Terms.Id(code), DocumentNumberTerms.LeadingNumber(code) ?? code);
        }
    }

    /// <param name="Term">The token's term in <see cref="SearchAnalyzer.Terms"/>, or -1 when it has none.</param>
    /// <param name="NumberKey">For a number, itself; for a code, its leading number (or itself); null for a word.</param>
    private sealed record Entry(int Term, string? NumberKey);
}
