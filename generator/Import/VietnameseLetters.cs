using System.Text;

namespace StaticKb.Import;

/// <summary>
/// NFC composition and diacritic folding for Vietnamese, from tables instead of <see cref="string.Normalize()"/>:
/// the generator runs with invariant globalization, where .NET leaves non-ASCII text unnormalised. A seed pasted
/// from a Mac (decomposed "a" + U+0302 + U+0300) must become the same "ầ" the registry uses, or nothing matches.
/// </summary>
public static class VietnameseLetters
{
    // Each row: a vowel with its shape, then with the five tones (grave, acute, hook above, tilde, dot below).
    private static readonly string[] Rows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    private const string Tones = "\u0300\u0301\u0309\u0303\u0323";

    // The shaped vowels as plain letter + combining shape mark.
    private static readonly Dictionary<char, (char Plain, char Shape)> Shapes = new()
    {
        ['ă'] = ('a', '\u0306'), ['â'] = ('a', '\u0302'), ['ê'] = ('e', '\u0302'),
        ['ô'] = ('o', '\u0302'), ['ơ'] = ('o', '\u031B'), ['ư'] = ('u', '\u031B'),
    };

    private static readonly Dictionary<(char Shaped, int Tone), char> Compose = new();
    private static readonly Dictionary<char, (char Shaped, int Tone)> Decompose = new();
    private static readonly Dictionary<char, char> Ascii = new();

    static VietnameseLetters()
    {
        foreach (var row in Rows)
        {
            foreach (var upper in (bool[])[false, true])
            {
                var r = upper ? row.ToUpperInvariant() : row;
                for (var tone = 0; tone < r.Length; tone++)
                {
                    Compose[(r[0], tone)] = r[tone];
                    Decompose[r[tone]] = (r[0], tone);
                    var plain = Shapes.TryGetValue(char.ToLowerInvariant(r[0]), out var s) ? s.Plain : char.ToLowerInvariant(r[0]);
                    Ascii[r[tone]] = upper ? char.ToUpperInvariant(plain) : plain;
                }
            }
        }
        Ascii['đ'] = 'd';
        Ascii['Đ'] = 'D';
        // Latin letters of foreign names met in Vietnamese news ("São Paulo", "Türkiye", "Côte d'Ivoire").
        const string from = "çñöüïëäåøßÇÑÖÜÏËÄÅØ", to = "cnouieaaosCNOUIEAAO";
        for (var i = 0; i < from.Length; i++) Ascii.TryAdd(from[i], to[i]);
    }

    /// <summary>Composes decomposed Vietnamese letters ("a" U+0302 U+0300 → "ầ"), as NFC would; other text is unchanged.</summary>
    public static string ToComposed(string text)
    {
        if (!text.Any(IsCombining)) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i++];
            // Every vowel, plain, shaped or toned, is in the table; marks after anything else are left as they are.
            if (!Decompose.TryGetValue(c, out var d))
            {
                sb.Append(c);
                continue;
            }
            var (shaped, tone) = d;
            var pending = new StringBuilder();
            while (i < text.Length && IsCombining(text[i]))
            {
                var mark = text[i++];
                var t = Tones.IndexOf(mark);
                var reshaped = Reshape(shaped, mark);
                if (t >= 0 && tone == 0) tone = t + 1;
                else if (reshaped is not null) shaped = reshaped.Value;
                else pending.Append(mark);
            }
            sb.Append(Compose.TryGetValue((shaped, tone), out var composed) ? composed : shaped).Append(pending);
        }
        return sb.ToString();
    }

    /// <summary>Plain ASCII letters for Vietnamese ones ("Đẩy" → "Day"); combining marks are dropped.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in ToComposed(text))
        {
            if (IsCombining(c)) continue;
            sb.Append(Ascii.TryGetValue(c, out var a) ? a : c);
        }
        return sb.ToString();
    }

    private static char? Reshape(char vowel, char mark)
    {
        foreach (var (shaped, (plain, shape)) in Shapes)
        {
            if (shape != mark) continue;
            if (vowel == plain) return shaped;
            if (vowel == char.ToUpperInvariant(plain)) return char.ToUpperInvariant(shaped);
        }
        return null;
    }

    private static bool IsCombining(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
