using System.Runtime.CompilerServices;

namespace StaticKb.Index;

/// <summary>
/// English: lunr's own pipeline (trimmer, stop-word filter, Porter stemmer, as lunr.js 2.3.9 runs them)
/// applied to words, after folding diacritics away so Vietnamese names in English text (<c>Phạm Minh Chính</c>)
/// are found as typed on an English keyboard and are not cut short by lunr's ASCII-only trimmer.
/// Numbers and codes skip the pipeline: the stemmer would otherwise eat the <c>s</c> of a code.
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
    protected override void AddTermIds(string normalized, List<TokenSpan> tokens, List<int> termIds)
    {
        foreach (var token in tokens)
        {
            var term = _vocabulary.Get(normalized, token).Term;
            if (term >= 0) termIds.Add(term);
        }
    }

    /// <summary>The term of one word, or null for a stop word or a word the trimmer empties.</summary>
    public static string? WordTerm(string word)
    {
        var trimmed = LunrTrimmer.Trim(VietnameseFolding.Fold(word));
        return trimmed.Length == 0 || LunrStopWords.Contains(trimmed) ? null : LunrStemmer.Stem(trimmed);
    }

    private Entry Create(string text, SearchTokenKind kind)
    {
        var term = kind switch
        {
            SearchTokenKind.Word => WordTerm(text),
            SearchTokenKind.Number => text,
            _ => VietnameseFolding.Fold(text),
        };
        return new Entry(term is null ? -1 : Terms.Id(term));
    }

    /// <param name="Term">The token's term in <see cref="SearchAnalyzer.Terms"/>, or -1 when it has none.</param>
    private sealed record Entry(int Term);
}
