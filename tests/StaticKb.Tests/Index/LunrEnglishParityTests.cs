using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// lunr.js 2.3.9's own English pipeline functions (stemmer, trimmer, stop-word filter), run under node, against
/// <see cref="LunrStemmer"/>, <see cref="LunrTrimmer"/> and <see cref="LunrStopWords"/> on a large list of
/// words: every word of the project's content and seeds (as written, folded, and as the English analyser
/// hands it to the stemmer), every word of the benchmark corpus's English lexicon, made-up words with every
/// ending lunr's rules look at, and cases on the edges of its expressions.
/// </summary>
public class LunrEnglishParityTests
{
    [Fact]
    public void StemmerTrimmerAndStopWordsAgreeWithLunrOnEveryWord()
    {
        var words = Words().Distinct(StringComparer.Ordinal).ToArray();
        Assert.True(words.Length > 100_000, $"only {words.Length} words to compare");

        var result = NodeHarness.Run("english", new { words });

        var stems = result.GetProperty("stems").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var trims = result.GetProperty("trims").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var stops = result.GetProperty("stops").EnumerateArray().Select(e => e.GetBoolean()).ToArray();
        Assert.Equal(words.Length, stems.Length);

        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var stem = LunrStemmer.Stem(word);
            if (stem != stems[i]) mismatches.Add($"stem of {Show(word)}: lunr {Show(stems[i])}, ours {Show(stem)}");
            if (LunrTrimmer.Trim(word) != trims[i]) mismatches.Add($"trim of {Show(word)}: lunr {Show(trims[i])}, ours {Show(LunrTrimmer.Trim(word))}");
            if (LunrStopWords.Contains(word) != stops[i]) mismatches.Add($"stop word {Show(word)}: lunr {stops[i]}, ours {!stops[i]}");
        }
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {words.Length} words differ from lunr:\n" + string.Join("\n", mismatches.Take(50)));
    }

    [Fact]
    public void EveryOneOfOurStopWordsIsOneOfLunrs()
    {
        var words = LunrStopWords.All.ToArray();
        var stops = NodeHarness.Run("english", new { words }).GetProperty("stops").EnumerateArray().Select(e => e.GetBoolean()).ToArray();
        Assert.All(words.Zip(stops), p => Assert.True(p.Second, $"{p.First} is not a lunr stop word"));
    }

    private static string Show(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static IEnumerable<string> Words()
    {
        // The project's own words: the stemmer's input is a tokenizer word, folded, then trimmed.
        var files = new[] { "content", "seeds" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(NodeHarness.RepoRoot, dir), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var word in AnalyserWords(File.ReadAllText(file))) yield return word;

        foreach (var word in SyntheticCorpus.EnglishLexicon()) yield return word;

        // As the analyser cuts them: apostrophes, hyphens and slashes separate words; digits stay in them.
        foreach (var word in AnalyserWords(
            "don't Vietnam's ASEAN's rock'n'roll o'clock ’90s 1990s G20 COVID-19 mp3s h2o a1b2 3ed 4ing x1 v2s " +
            "and/or well-being self-reliance café naïve Ærø résumé Đường xæx 日本 ΣΑΣ"))
            yield return word;

        string[] tricky =
        {
            // y: a consonant at the start, a vowel after a consonant, turned into i at the end.
            "y", "ya", "yy", "yyy", "yyyy", "yes", "yeses", "yelled", "yielding", "youth", "yearly", "young", "yay", "yayed",
            "syzygy", "boy", "toy", "toys", "cry", "cries", "by", "say", "says", "sky", "happy", "happily", "ybab", "ybabe",
            "yybab", "yeye", "eye", "eyed", "dye", "dyed", "dying", "lying", "flying", "obeyed", "played", "enjoy",
            "enjoyed", "journey", "journeys", "ayy", "ayyy", "yaye", "ysses", "yies", "yeed", "yied",
            // -eed / -ed / -ing: the measure of the stem decides.
            "feed", "agreed", "proceed", "proceeds", "exceed", "bleed", "need", "needed", "speed", "ed", "eed", "ing",
            "eeds", "ings", "bring", "sing", "string", "ceiling", "bed", "red", "shed", "hopped", "hoping", "filing",
            "filling", "fizzed", "fussed", "rolled", "tanned", "conflated", "troubled", "sized", "seeded", "succeed",
            "aed", "aing", "bing", "xing", "wing", "owed", "owing", "bowed", "boxed", "boxing", "ied", "ying",
            // double consonants: dropped unless l, s or z.
            "hopping", "falling", "hissing", "fizzing", "controlling", "letting", "buzzing", "blurred", "stabbed",
            "summed", "robbed", "hummed", "kissed", "puzzled", "fulfilled", "yelling", "rebelled",
            // short words and bare endings.
            "a", "ab", "abc", "is", "as", "us", "ies", "sses", "ss", "s", "es", "ee", "eee", "ll", "lll", "e", "ion",
            "tion", "sion", "al", "ize", "ement", "ational", "tional", "ness", "ful", "logi", "bli", "eli",
            // every step on real words.
            "caresses", "ponies", "ties", "caress", "cats", "relational", "conditional", "rational", "valenci",
            "hesitanci", "digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli",
            "vietnamization", "predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness",
            "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti",
            "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic",
            "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou",
            "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate",
            "cease", "controll", "roll", "generalizations", "oscillators", "archaeology", "radically", "abilities",
            // upper case letters are consonants to lunr; lunr's own leading-y trick makes one.
            "YES", "Yes", "Ying", "ABCs", "CAPS", "aYe", "bY",
            // JavaScript's . does not match line terminators, so ^(.+?) stops at them.
            "ab\rsses", "a\nies", "x\u2028ing", "\u2029yes", "sky\n", "hop\ned", "ho\rping", "\nmotoring",
            "re\u2029lational", "a\nb\u2028c", "ab\r\ns", "ge\nneral\nizations",
        };
        foreach (var word in tricky) yield return word;

        // Made-up words: short stems × vowels × every ending lunr's rules look at (and one after it).
        string[] stems = { "", "b", "tr", "str", "y", "sy", "ab", "oa", "eye", "ee", "cr", "qu", "pl", "ion", "ll", "ss", "v", "w", "x", "Y", "9", "é" };
        string[] vowels = { "", "a", "e", "i", "o", "u", "y", "ai", "ea", "ou", "yo", "ey" };
        string[] middles = { "", "nd", "l", "ll", "t", "tt", "w", "x", "y", "s", "z", "zz", "ss", "ng" };
        string[] endings =
        {
            "", "s", "ss", "es", "ies", "sses", "eed", "ed", "ing", "at", "bl", "iz", "y", "ational", "tional", "enci",
            "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness",
            "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful",
            "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize", "sion", "tion", "ion", "e", "ll", "l", "tt", "hop", "fil", "w", "x",
        };
        string[] after = { "", "s", "ed", "ing", "e", "ly" };
        foreach (var s in stems)
            foreach (var v in vowels)
                foreach (var m in middles)
                    foreach (var e in endings)
                        foreach (var a in after)
                            if (s.Length + v.Length + m.Length + e.Length + a.Length > 0 && (a.Length == 0 || (m.Length + e.Length) % 3 == 0))
                                yield return s + v + m + e + a;
    }

    private static IEnumerable<string> AnalyserWords(string text)
    {
        foreach (var token in SearchTokenizer.Tokenize(SearchText.Normalize(text)))
        {
            if (token.Kind != SearchTokenKind.Word) continue;
            yield return token.Text;
            var folded = VietnameseFolding.Fold(token.Text);
            yield return folded;
            yield return LunrTrimmer.Trim(folded);
        }
    }
}
