using System.Globalization;
using System.Text;
using StaticKb.Bench;

namespace StaticKb.Index;

/// <summary>
/// A made-up but realistic-shaped corpus for the search benchmark: article pairs (Vietnamese and English) of
/// about 1,000 words, with Zipf-distributed vocabularies of multi-syllable Vietnamese words and inflected
/// English words, names with diacritics, document numbers, dates and decimal figures. The same seed always
/// gives the same corpus, so runs can be compared.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Onsets =
        { "", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x" };
    private static readonly string[] Nuclei = { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "iê", "ươ", "uô", "oa" };
    private static readonly string[] Codas = { "", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u" };
    private static readonly string[] Tones = { "", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323" };

    private static readonly string[] EnglishStems =
    {
        "econom", "develop", "govern", "minist", "confer", "direct", "resolut", "cooper", "invest", "trade",
        "export", "import", "growth", "diplomac", "embass", "provinc", "enterpris", "market", "agricultur", "industr",
        "infrastructur", "transport", "energ", "digit", "technolog", "educat", "health", "financ", "bank", "budget",
        "polic", "strateg", "partner", "region", "nation", "intern", "sustain", "environ", "climat", "resourc",
        "product", "manufactur", "servic", "tour", "labour", "employ", "innovat", "scien", "research", "communic",
        "secur", "defenc", "law", "legisl", "assembl", "committe", "council", "deleg", "repres", "ambassador",
        "meet", "summit", "forum", "negoti", "agree", "sign", "implement", "monitor", "evalu", "report",
        "plan", "program", "project", "initiat", "reform", "improv", "promot", "strengthen", "expand", "connect",
        "integr", "competit", "effici", "effect", "capac", "qualit", "quantit", "valu", "price", "cost",
        "revenu", "profit", "loss", "risk", "challeng", "opportun", "advantag", "difficult", "solut", "measur",
    };
    private static readonly string[] EnglishSuffixes =
        { "", "", "s", "ed", "ing", "ation", "ations", "ment", "ments", "al", "ally", "ive", "ness", "ity", "ies", "er", "ers", "ional", "ize", "izing" };
    private static readonly string[] EnglishFunctionWords =
        { "the", "of", "and", "to", "in", "a", "for", "on", "with", "as", "by", "at", "from", "that", "this", "is", "was", "be", "are", "which", "its", "their", "has", "have", "will" };
    private static readonly string[] Surnames = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };
    private static readonly string[] Middles = { "Văn", "Thị", "Minh", "Hồng", "Thanh", "Đức", "Quang", "Xuân", "Hoàng", "Ngọc" };
    private static readonly string[] Givens = { "Chính", "Hà", "Sơn", "Quang", "Anh", "Dũng", "Hùng", "Lan", "Hương", "Tuấn", "Bình", "Giang", "Huyên", "Thiệu", "Đường", "Trọng" };
    private static readonly string[] DocumentTypes = { "CT/TW", "NQ/TW", "NQ-CP", "TB-VPCP", "NĐ-CP", "QĐ-TTg", "KL/TW" };

    public static (IReadOnlyList<SearchDocument> Vietnamese, IReadOnlyList<SearchDocument> English) Generate(int articlePairs, int wordsPerArticle = 1000, ulong seed = 20240402)
    {
        var random = new SeededRandom(seed);
        var viWords = VietnameseLexicon(random, 4000);
        var enWords = EnglishLexicon();
        var vi = new List<SearchDocument>(articlePairs);
        var en = new List<SearchDocument>(articlePairs);
        for (var i = 0; i < articlePairs; i++)
        {
            var people = Enumerable.Range(0, 2 + random.Next(4)).Select(_ => Person(random)).Distinct().ToArray();
            var numbers = Enumerable.Range(0, random.Next(3)).Select(_ => DocumentNumber(random)).Distinct().ToArray();
            var slug = "article-" + i.ToString("D4", CultureInfo.InvariantCulture);

            vi.Add(new SearchDocument(
                $"vi/articles/{slug}/", "article",
                Sentence(random, viWords, 8 + random.Next(8), capitalise: true),
                Enumerable.Range(0, 2 + random.Next(4)).Select(_ => Sentence(random, viWords, 3 + random.Next(6), capitalise: true)).ToArray(),
                Body(random, viWords, wordsPerArticle, people, numbers, vietnamese: true),
                people.Concat(people.Select(p => VietnameseFolding.Fold(p))).ToArray(),
                numbers));

            en.Add(new SearchDocument(
                $"en/articles/{slug}/", "article",
                Sentence(random, enWords, 6 + random.Next(8), capitalise: true),
                Enumerable.Range(0, 2 + random.Next(4)).Select(_ => Sentence(random, enWords, 3 + random.Next(5), capitalise: true)).ToArray(),
                Body(random, enWords, wordsPerArticle, people.Select(p => VietnameseFolding.Fold(p)).ToArray(), numbers, vietnamese: false),
                people.Select(p => VietnameseFolding.Fold(p)).Concat(people).ToArray(),
                numbers));
        }
        return (vi, en);
    }

    private static string[] VietnameseLexicon(SeededRandom random, int size)
    {
        var syllables = new string[2500];
        for (var i = 0; i < syllables.Length; i++)
        {
            var nucleus = Nuclei[random.Next(Nuclei.Length)];
            var toned = nucleus + Tones[random.Next(Tones.Length)];
            syllables[i] = (Onsets[random.Next(Onsets.Length)] + toned + Codas[random.Next(Codas.Length)]).Normalize(NormalizationForm.FormC);
        }
        var words = new string[size];
        for (var i = 0; i < size; i++)
        {
            var count = i < 60 ? 1 : 1 + random.Next(3) / 2 + random.Next(4) / 3; // function words first, then mostly 2 syllables
            words[i] = string.Join(' ', Enumerable.Range(0, count).Select(_ => syllables[random.Zipf(syllables.Length)]));
        }
        return words;
    }

    /// <summary>
    /// Function words first (most frequent), then real stems with their endings, then made-up stems with
    /// theirs, so that, as in real English text, a few words are on every page and most on few.
    /// </summary>
    internal static string[] EnglishLexicon()
    {
        var words = new List<string>(EnglishFunctionWords);
        foreach (var suffix in EnglishSuffixes)
            foreach (var stem in EnglishStems) words.Add(stem + suffix);
        string[] onsets = { "b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "cr", "dr", "fl", "gr", "pl", "pr", "st", "tr" };
        string[] vowels = { "a", "e", "i", "o", "u", "ea", "ai", "ou" };
        string[] codas = { "n", "r", "l", "t", "st", "nd", "rt", "ck", "m", "p" };
        foreach (var suffix in new[] { "", "s", "ed", "ing", "er", "ation", "ly" })
            foreach (var coda in codas)
                foreach (var vowel in vowels)
                    foreach (var onset in onsets) words.Add(onset + vowel + coda + suffix);
        return words.ToArray();
    }

    private static string Person(SeededRandom random) =>
        $"{Surnames[random.Next(Surnames.Length)]} {Middles[random.Next(Middles.Length)]} {Givens[random.Next(Givens.Length)]}";

    private static string DocumentNumber(SeededRandom random)
    {
        var type = DocumentTypes[random.Next(DocumentTypes.Length)];
        var number = 1 + random.Next(400);
        return type.Contains('-') && random.Next(2) == 0
            ? $"{number}/{2015 + random.Next(11)}/{type}"
            : type.StartsWith("NQ/", StringComparison.Ordinal) || type.EndsWith("/TW", StringComparison.Ordinal) ? $"{number}-{type}" : $"{number}/{type}";
    }

    private static string Sentence(SeededRandom random, string[] words, int length, bool capitalise)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < length; w++)
        {
            if (w > 0) sb.Append(' ');
            sb.Append(words[random.Zipf(words.Length)]);
        }
        if (capitalise && sb.Length > 0) sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    private static string Body(SeededRandom random, string[] words, int wordCount, string[] people, string[] numbers, bool vietnamese)
    {
        var sb = new StringBuilder(wordCount * 8);
        var written = 0;
        while (written < wordCount)
        {
            var length = 8 + random.Next(18);
            sb.Append(Sentence(random, words, length, capitalise: true));
            var extra = random.Next(10);
            if (extra == 0 && people.Length > 0) sb.Append(' ').Append(people[random.Next(people.Length)]);
            else if (extra == 1 && numbers.Length > 0) sb.Append(' ').Append(numbers[random.Next(numbers.Length)]);
            else if (extra == 2) sb.Append(' ').Append(random.Next(100)).Append(vietnamese ? ',' : '.').Append(random.Next(100).ToString("D2", CultureInfo.InvariantCulture)).Append('%');
            else if (extra == 3) sb.Append(' ').Append(1 + random.Next(28)).Append('/').Append(1 + random.Next(12)).Append('/').Append(2015 + random.Next(11));
            sb.Append(random.Next(4) == 0 ? ".\n" : ". ");
            written += length;
        }
        return sb.ToString().TrimEnd();
    }
}
