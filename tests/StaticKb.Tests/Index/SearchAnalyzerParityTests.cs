using System.Globalization;
using System.Text;
using System.Text.Json;
using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// One tokenizer for index and query time: the C# analysers write test vectors, and search.js (the query
/// side, run under node) must produce the same characters, tokens and terms. lunr's own English functions
/// are checked against the C# trimmer, stop-word list and stemmer on the same vectors.
/// </summary>
public class SearchAnalyzerParityTests
{
    [Fact]
    public void SearchJsAnalysesEveryCharacterTextAndWordLikeTheGenerator()
    {
        var result = NodeHarness.Run("parity", Vectors());

        var mismatches = result.GetProperty("mismatches").EnumerateArray().Select(m => m.ToString()).ToList();
        Assert.True(mismatches.Count == 0, "search.js or lunr differs from the C# analysers:\n" + string.Join("\n", mismatches));
        Assert.True(result.GetProperty("checked").GetInt32() > 200_000, "the parity run checked too little");
    }

    private static object Vectors()
    {
        var classes = new int[0x10000];
        var lower = new int[0x10000];
        var fold = new string?[0x10000];
        for (var c = 0; c < 0x10000; c++)
        {
            var ch = (char)c;
            classes[c] = SearchText.IsWordChar(ch) ? 0 : SearchText.IsSoftSeparator(ch) ? 2 : 1;
            lower[c] = SearchText.Lower(ch);
            fold[c] = SearchText.IsWordChar(ch) ? VietnameseFolding.Fold(ch.ToString()) : null; // only words are folded
        }

        var vi = SearchAnalyzer.For("vi");
        var en = SearchAnalyzer.For("en");
        var texts = Texts().Select(text => new
        {
            text,
            tokens = SearchTokenizer.Tokenize(SearchText.Normalize(text))
                .Select(t => new object[] { t.Text, t.Kind.ToString().ToLowerInvariant(), t.Start, t.Length, t.StartsPhrase }),
            vi = vi.TermsOf(text),
            en = en.TermsOf(text),
        }).ToList();

        var words = EnglishWords().Select(word => new
        {
            word,
            stem = LunrStemmer.Stem(word),
            trim = LunrTrimmer.Trim(word),
            stop = LunrStopWords.Contains(word),
        }).ToList();

        double[] doubles = { 0, 1, 2.5, 0.001, 0.5, 123.456, 1e-7, 1.5e-7, 1e-6, 1.5e-6, 0.0000123, 1e15, 1.5e15, 1e21, 1.5e21, 1e22, 123456789012345680000.0, 4.718, 0.1 + 0.2, -3.25, 6.02e23, 5e-324 };
        var numbers = doubles.Select(d => new { r = d.ToString("R", CultureInfo.InvariantCulture), js = JsJson.Number(d) })
            .Concat(new long[] { 0, 1, 10, 500, 1000, 1001, 1010, 1100, 4718, 123456, 999999999 }
                .Select(k => { var sb = new StringBuilder(); JsJson.AppendThousandths(sb, k); return new { r = (k / 1000.0).ToString("R", CultureInfo.InvariantCulture), js = sb.ToString() }; }))
            .ToList();

        var strings = new[] { "plain", "quote \" and \\ backslash", "tab\tnew\nline\r\u0001\u001f\u007f", "đường ~duong +duong di", "\ud83d\ude00 pair", "lone \ud800 high", "lone \udc00 low", "\u2028\u2029" }
            .Select(s => { var sb = new StringBuilder(); JsJson.AppendString(sb, s); return sb.ToString(); })
            .ToList();

        return new { classes, lower, fold, texts, words, numbers, strings };
    }

    private static IEnumerable<string> Texts()
    {
        yield return "Chỉ thị 15-CT/TW ngày 10/8/2022, thông báo 355/TB-VPCP và Nghị quyết 222/2025/QH15.";
        yield return "GDP tăng 7,52% (7.52 percent); 1.000.000 đồng; 1,000,000 dong; v1.2 g20 COVID-19";
        yield return "kinh tế-xã hội, kinh tế - xã hội, kinh tế – xã hội; and/or; --x-- /y/ 15- -15";
        yield return "ĐƯỜNG Đường đường Dương dương duong DUONG İstanbul ΣΑΣ ǅ ẞ ﬁ";
        yield return "Tie\u0302\u0301ng Vie\u0323\u0302t NFD: \u0111\u01B0\u1EDDng; emoji \ud83d\ude00 in the middle\u00A0nbsp\u2003em space";
        yield return "\"hội nghị trực tuyến\" “quoted” 'single' don't Vietnam's café naïve Ærø";
        yield return "line one\nline two\u2029paragraph\ttab";
        yield return "日本語のテキスト 한국어 текст العربية עברית ภาษาไทย";
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(NodeHarness.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(seed).Where(l => l.Trim().Length > 0)) yield return line;
        foreach (var language in new[] { "vi", "en" })
            foreach (var page in FixturePages.Load(language))
            {
                yield return page.Title;
                yield return page.Body;
                foreach (var text in SearchFields.Texts(page, language)) yield return text;
            }
    }

    private static IEnumerable<string> EnglishWords()
    {
        string[] known =
        {
            "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing",
            "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing",
            "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli",
            "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
            "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
            "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
            "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
            "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective",
            "bowdlerize", "probate", "rate", "cease", "controll", "roll", "yellow", "yes", "y", "ya", "yyy", "youth",
            "yielding", "syllables", "a", "an", "the", "_x_", "__", "x1", "15-ct/tw", "'quoted'", "(paren)", "ab", "abc",
            "diplomacy", "diplomatic", "economic", "economies", "directive", "directives", "conference", "conferences",
            "provinces", "provincial", "growth", "grew", "resolution", "resolutions", "implemented", "implementation",
        };
        foreach (var word in known) yield return word;
        foreach (var page in FixturePages.Load("en"))
            foreach (var token in SearchTokenizer.Tokenize(SearchText.Normalize(page.Body + " " + page.Title)))
                yield return token.Text;

        // Made-up words with the endings the stemmer's rules look at, so every branch is compared with lunr.
        string[] stems = { "b", "tr", "str", "y", "sy", "ab", "oa", "eye", "ee", "cr", "qu", "pl", "ion", "ll", "ss", "v" };
        string[] vowels = { "a", "e", "i", "o", "u", "y", "ai", "ea", "ou", "" };
        string[] endings =
        {
            "", "s", "ss", "ies", "sses", "eed", "ed", "ing", "at", "bl", "iz", "y", "ational", "tional", "enci", "anci",
            "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness",
            "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness",
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti",
            "ous", "ive", "ize", "sion", "tion", "e", "ll", "l", "tt", "hop", "fil", "w", "x",
        };
        foreach (var s in stems)
            foreach (var v in vowels)
                foreach (var e in endings)
                    yield return s + v + "nd" + e;
        foreach (var s in stems)
            foreach (var e in endings)
                yield return s + e;
    }
}
