using System.Runtime.CompilerServices;

namespace StaticKb.Index;

/// <summary>
/// Splits normalised text into words, numbers and codes, the same way at index time (here) and at query
/// time (search.js), so that <c>15-CT/TW</c>, <c>355/TB-VPCP</c> and <c>222/2025/QH15</c> stay one token each.
/// </summary>
/// <remarks>
/// A run is a maximal stretch of word characters in which <c>-</c> or <c>/</c> may join two word characters
/// and <c>.</c> or <c>,</c> may join two digits. A run is then:
/// a <see cref="SearchTokenKind.Number"/> if it holds only digits and <c>.</c>/<c>,</c>;
/// a <see cref="SearchTokenKind.Code"/> if it has a <c>-</c> or <c>/</c> and an ASCII digit;
/// split at <c>-</c> and <c>/</c> into words if it has a joiner but no digit (<c>tế-xã</c>, <c>and/or</c>);
/// otherwise one <see cref="SearchTokenKind.Word"/>. A token starts a phrase when a separator other than a
/// space or tab (<see cref="SearchText.SoftSeparators"/>) comes before it, or it is the first.
/// </remarks>
internal static class SearchTokenizer
{
    /// <summary>The tokens of normalised text (<see cref="SearchText.Normalize"/>), with their text.</summary>
    public static List<SearchToken> Tokenize(string normalized)
    {
        var spans = new List<TokenSpan>();
        Scan(normalized, spans);
        return spans.Select(s => new SearchToken(s.Text(normalized), s.Kind, s.Start, s.Length, s.StartsPhrase)).ToList();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(ReadOnlySpan<char> s, List<TokenSpan> tokens)
    {
        var n = s.Length;
        var phraseBreak = true;
        var i = 0;
        while (i < n)
        {
            var c = s[i];
            if (!SearchText.IsWordChar(c))
            {
                if (!SearchText.IsSoftSeparator(c)) phraseBreak = true;
                i++;
                continue;
            }

            var start = i;
            bool hasJoiner = false, hasDigit = false, onlyDigitsAndDots = true, hasComma = false;
            while (i < n)
            {
                c = s[i];
                if ((uint)(c - 'a') <= 'z' - 'a')
                {
                    // Most of a run: ASCII letters, skipped a vector at a time.
                    onlyDigitsAndDots = false;
                    var letters = s[i..].IndexOfAnyExceptInRange('a', 'z');
                    i = letters < 0 ? n : i + letters;
                }
                else if (SearchText.IsWordChar(c))
                {
                    if (SearchText.IsAsciiDigit(c)) hasDigit = true;
                    else onlyDigitsAndDots = false;
                    i++;
                }
                else if ((c == '-' || c == '/') && i + 1 < n && SearchText.IsWordChar(s[i + 1]))
                {
                    hasJoiner = true;
                    onlyDigitsAndDots = false;
                    i++;
                }
                else if ((c == '.' || c == ',') && SearchText.IsAsciiDigit(s[i - 1]) && i + 1 < n && SearchText.IsAsciiDigit(s[i + 1]))
                {
                    if (c == ',') hasComma = true;
                    i++;
                }
                else break;
            }

            var length = i - start;
            if (onlyDigitsAndDots)
                tokens.Add(new TokenSpan(start, length, SearchTokenKind.Number, phraseBreak, hasComma));
            else if (hasJoiner && hasDigit)
                tokens.Add(new TokenSpan(start, length, SearchTokenKind.Code, phraseBreak, hasComma));
            else if (hasJoiner)
            {
                // "tế-xã" and "and/or" are two words that still belong to one phrase.
                var partStart = start;
                for (var j = start; j <= i; j++)
                {
                    if (j < i && s[j] != '-' && s[j] != '/') continue;
                    tokens.Add(new TokenSpan(partStart, j - partStart, SearchTokenKind.Word, phraseBreak, false));
                    phraseBreak = false;
                    partStart = j + 1;
                }
            }
            else
                tokens.Add(new TokenSpan(start, length, SearchTokenKind.Word, phraseBreak, hasComma));
            phraseBreak = false;
        }
    }
}
