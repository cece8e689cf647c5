using System.Runtime.CompilerServices;

namespace StaticKb.Index;

/// <summary>
/// Vietnamese: no stemmer and no stop words (a syllable is a word part, not a word). For each word the index
/// keeps the exact form and, when folding changes it, the folded form in a namespace of its own; adjacent
/// tokens also give a folded bigram. A query asks for the exact form, the folded form in that namespace, and
/// the folded form as a plain word (search.js), so:
/// <list type="bullet">
/// <item>a query without diacritics (<c>duong</c>) matches every tone variant: <c>đường</c> and <c>Dương</c>
/// through <c>~duong</c>, an unaccented <c>duong</c> through itself;</item>
/// <item>an exact match also matches the exact form, so <c>đường</c> ranks <c>đường</c> above <c>Dương</c>;</item>
/// <item>bigrams make <c>hội nghị trực tuyến</c> (as typed, or in quotes) rank pages with the phrase above
/// pages with the syllables scattered.</item>
/// </list>
/// </summary>
internal sealed class VietnameseAnalyzer : SearchAnalyzer
{
    /// <summary>
    /// Marks a folded word. Without it the folded <c>trong</c> of <c>trọng</c> would be the same term as the
    /// exact <c>trong</c>, and an exact match could not rank above a folded one.
    /// </summary>
    public const string FoldedPrefix = "~";

    /// <summary>
    /// Marks a bigram, so that a half-typed word (<c>gi*</c>) matches words that start with it, not every
    /// bigram that does.
    /// </summary>
    public const string BigramPrefix = "+";

    private readonly Vocabulary<Entry> _vocabulary;

    public VietnameseAnalyzer() => _vocabulary = new Vocabulary<Entry>(Create);

    public override string Language => "vi";

    // Queries are analysed by search.js (clauses with usePipeline: false); no lunr function applies.
    public override IReadOnlyList<string> SearchPipeline => Array.Empty<string>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void AddTermIds(ReadOnlySpan<char> normalized, List<TokenSpan> tokens, List<int> termIds)
    {
        var previousKey = -1;
        foreach (var token in tokens)
        {
            var entry = _vocabulary.Get(normalized, token);
            termIds.Add(entry.Exact);
            if (entry.Folded >= 0) termIds.Add(entry.Folded);
            if (previousKey >= 0 && !token.StartsPhrase) termIds.Add(Terms.PhraseId(previousKey, entry.Key));
            previousKey = entry.Key;
        }
    }

    /// <summary>The bigram term of two bigram keys (folded words, numbers, or a code's leading number).</summary>
    public static string Bigram(string first, string second) => TermTable.Phrase(first, second);

    private Entry Create(string text, SearchTokenKind kind)
    {
        switch (kind)
        {
            case SearchTokenKind.Word:
                var folded = VietnameseFolding.Fold(text);
                return new Entry(Terms.Id(text), folded == text ? -1 : Terms.Id(FoldedPrefix + folded), Terms.KeyId(folded));
            case SearchTokenKind.Number:
                return new Entry(Terms.Id(text), -1, Terms.KeyId(text));
            default:
                var code = VietnameseFolding.Fold(text);
                return new Entry(Terms.Id(code), -1, Terms.KeyId(DocumentNumberTerms.LeadingNumber(code) ?? code));
        }
    }

    /// <param name="Exact">The term of the token as written (a code is folded: its letters are an identifier, not a word).</param>
    /// <param name="Folded">The folded word with <see cref="FoldedPrefix"/>, or -1 if folding leaves it as it is.</param>
    /// <param name="Key">What the token is known by in a bigram (in <see cref="TermTable.Keys"/>): the folded word, the number, or a code's leading number.</param>
    private readonly record struct Entry(int Exact, int Folded, int Key);
}
