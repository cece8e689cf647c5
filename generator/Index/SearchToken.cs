namespace StaticKb.Index;

internal enum SearchTokenKind
{
    /// <summary>A run of letters (and digits), e.g. <c>đường</c>, <c>g20</c>.</summary>
    Word,
    /// <summary>Digits with <c>.</c> or <c>,</c> between them; the text uses <c>.</c> for both, so <c>7,52</c> is <c>7.52</c>.</summary>
    Number,
    /// <summary>A document number or other code: a run joined by <c>-</c> or <c>/</c> with a digit in it, e.g. <c>15-ct/tw</c>.</summary>
    Code,
}

/// <summary>A token of normalised text (<see cref="SearchText.Normalize"/>).</summary>
/// <param name="Text">The token as it will be analysed (lower case; numbers and codes with <c>.</c> for <c>,</c>).</param>
/// <param name="Start">Offset in the normalised text, which is also the offset in the NFC original.</param>
/// <param name="Length">Length in the normalised text.</param>
/// <param name="StartsPhrase">True when punctuation or a line break comes before it: no bigram joins it to the token before.</param>
internal readonly record struct SearchToken(string Text, SearchTokenKind Kind, int Start, int Length, bool StartsPhrase);

/// <summary>Where a token is, without its text: what the analysers scan, so that a repeated word allocates nothing.</summary>
internal readonly record struct TokenSpan(int Start, int Length, SearchTokenKind Kind, bool StartsPhrase, bool HasComma)
{
    public string Text(string normalized)
    {
        var text = normalized.Substring(Start, Length);
        return HasComma ? text.Replace(',', '.') : text;
    }
}
