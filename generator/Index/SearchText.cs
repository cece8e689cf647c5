using System.Text;

namespace StaticKb.Index;

/// <summary>
/// The character rules every analyser starts from, as explicit tables rather than Unicode categories, so
/// that search.js (plain ES2017, no <c>\p{…}</c>) applies the very same rules in any browser, whatever its
/// Unicode version. search.js holds copies of <see cref="SeparatorRanges"/>, <see cref="SoftSeparators"/> and
/// <see cref="LowerCaseRanges"/>; SearchAnalyzerParityTests checks every UTF-16 unit in both.
/// </summary>
internal static class SearchText
{
    /// <summary>
    /// Units that separate words: ASCII and Latin-1 punctuation and symbols, general punctuation, currency,
    /// arrows, maths and other symbol blocks, CJK punctuation, fullwidth punctuation, private use and
    /// surrogates (so characters outside the BMP, such as emoji, separate words too), and noncharacters.
    /// Every other unit is part of a word: letters of any script, digits, combining marks.
    /// </summary>
    public static readonly (char From, char To)[] SeparatorRanges =
    {
        ('\u0000', '\u002F'), ('\u003A', '\u0040'), ('\u005B', '\u0060'), ('\u007B', '\u00BF'),
        ('\u00D7', '\u00D7'), ('\u00F7', '\u00F7'), ('\u2000', '\u206F'), ('\u20A0', '\u20CF'),
        ('\u2100', '\u2BFF'), ('\u3000', '\u303F'), ('\uD800', '\uF8FF'), ('\uFDD0', '\uFDEF'), ('\uFE10', '\uFE1F'),
        ('\uFE30', '\uFE6F'), ('\uFF00', '\uFF0F'), ('\uFF1A', '\uFF20'), ('\uFF3B', '\uFF40'),
        ('\uFF5B', '\uFF65'), ('\uFFF0', '\uFFFF'),
    };

    /// <summary>Separators that keep two words in one phrase (so they form a bigram): spaces and tabs.</summary>
    public static readonly char[] SoftSeparators =
    {
        '\t', ' ', '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
        '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000',
    };

    /// <summary>
    /// Lower-casing is applied in Latin, Greek, Cyrillic and Armenian (U+0000–U+052F) and Latin Extended
    /// Additional and Greek Extended (U+1E00–U+1FFF), where every Unicode version agrees.
    /// </summary>
    public static readonly (char From, char To)[] LowerCaseRanges = { ('\u0000', '\u052F'), ('\u1E00', '\u1FFF') };

    /// <summary>Every unit below U+2000 lower-cased (the invariant culture's lower case in <see cref="LowerCaseRanges"/>, else itself).</summary>
    private static readonly char[] LowerCase = BuildLowerCase();

    private static char[] BuildLowerCase()
    {
        var table = new char[0x2000];
        for (var c = 0; c < table.Length; c++) table[c] = (char)c;
        foreach (var (from, to) in LowerCaseRanges)
            for (int c = from; c <= to; c++) table[c] = char.ToLowerInvariant((char)c);
        return table;
    }

    private const byte Word = 0, Separator = 1, Soft = 2;
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[0x10000];
        foreach (var (from, to) in SeparatorRanges)
            for (int c = from; c <= to; c++) classes[c] = Separator;
        foreach (var c in SoftSeparators) classes[c] = Soft;
        return classes;
    }

    /// <summary>
    /// NFC, then lower-case one UTF-16 unit at a time (a unit whose lower case is longer, U+0130, stays).
    /// Per unit, so a token's offsets here are its offsets in the NFC text, which the browser highlights.
    /// </summary>
    public static string Normalize(string text)
    {
        var nfc = Nfc(text);
        return string.Create(nfc.Length, nfc, static (span, source) => LowerInto(source, span));
    }

    /// <summary>As <see cref="Normalize(string)"/>, into a buffer the caller keeps (grown when too small).</summary>
    public static ReadOnlySpan<char> Normalize(string text, ref char[] buffer)
    {
        var nfc = Nfc(text);
        if (buffer.Length < nfc.Length) buffer = new char[Math.Max(nfc.Length, buffer.Length * 2)];
        var span = buffer.AsSpan(0, nfc.Length);
        LowerInto(nfc, span);
        return span;
    }

    private static void LowerInto(ReadOnlySpan<char> source, Span<char> destination)
    {
        var i = 0;
        while (i < source.Length)
        {
            // Runs of ASCII a vector at a time; the rest unit by unit.
            System.Text.Ascii.ToLower(source[i..], destination[i..], out var written);
            for (i += written; i < source.Length && source[i] >= 0x80; i++) destination[i] = Lower(source[i]);
        }
    }

    /// <summary>
    /// NFC. .NET refuses to normalise text with a lone surrogate or a noncharacter (browsers do not); those
    /// become U+FFFD first, which changes nothing for search: all of them separate words either way.
    /// </summary>
    public static string Nfc(string text)
    {
        // Below U+0300 every unit is NFC already, whatever follows it (no decompositions, no combining marks).
        if (!text.AsSpan().ContainsAnyInRange('\u0300', '\uFFFF')) return text;
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            var units = text.ToCharArray();
            for (var i = 0; i < units.Length; i++)
            {
                if (char.IsHighSurrogate(units[i]) && i + 1 < units.Length && char.IsLowSurrogate(units[i + 1]))
                {
                    var codePoint = char.ConvertToUtf32(units[i], units[i + 1]);
                    if ((codePoint & 0xFFFE) == 0xFFFE) units[i] = units[i + 1] = '\uFFFD';
                    i++;
                }
                else if (char.IsSurrogate(units[i]) || (units[i] >= '\uFDD0' && units[i] <= '\uFDEF') || units[i] >= '\uFFFE')
                    units[i] = '\uFFFD';
            }
            return new string(units).Normalize(NormalizationForm.FormC);
        }
    }

    public static char Lower(char c) => c < LowerCase.Length ? LowerCase[c] : c;

    public static bool IsWordChar(char c) => Classes[c] == Word;

    public static bool IsSoftSeparator(char c) => Classes[c] == Soft;

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;
}
