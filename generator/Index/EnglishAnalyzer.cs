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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void AddTermIds(ReadOnlySpan<char> normalized, List<TokenSpan> tokens, List<int> termIds)
    {
        var previous = None;
        foreach (var token in tokens)
        {
            var entry = _vocabulary.Get(normalized, token);
            if (entry.Term >= 0) termIds.Add(entry.Term);
            if (entry.NumberKey >= 0 && previous is { NumberKey: < 0, Term: >= 0 } && !token.StartsPhrase)
                termIds.Add(Terms.PhraseId(previous.WordKey, entry.NumberKey));
            previous = entry;
        }
    }

    /// <summary>The pair term of a word's term and a number (or a code's leading number).</summary>
    public static string Pair(string wordTerm, string number) => TermTable.Phrase(wordTerm, number);

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
                return term is null ? None : new Entry(Terms.Id(term), Terms.KeyId(term), -1);
            case SearchTokenKind.Number:
                return new Entry(Terms.Id(text), -1, Terms.KeyId(text));
            default:
                var code = VietnameseFolding.Fold(text);
                return new Entry(Terms.Id(code), -1, Terms.KeyId(DocumentNumberTerms.LeadingNumber(code) ?? code));
        }
    }

    /// <param name="Term">The token's term in <see cref="SearchAnalyzer.Terms"/>, or -1 when it has none.</param>
    /// <param name="WordKey">For a word, its term as a key of <see cref="TermTable.Keys"/> (the first half of a pair); else -1.</param>
    /// <param name="NumberKey">For a number, itself; for a code, its leading number (or itself), as a key; -1 for a word.</param>
    private readonly record struct Entry(int Term, int WordKey, int NumberKey);

    /// <summary>A stop word's entry, and what comes before the first token: no term, no pair.</summary>
    private static readonly Entry None = new(-1, -1, -1);
}
