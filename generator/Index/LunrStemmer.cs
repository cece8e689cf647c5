using System.Text.RegularExpressions;

namespace StaticKb.Index;

/// <summary>
/// The Porter stemmer exactly as lunr.stemmer of lunr.js 2.3.9 applies it (including its quirks, such as
/// <c>y</c> at the start of a word counting as a consonant), so an English word stems to the same term
/// here as in the browser, where search.js calls lunr's own stemmer on the query.
/// LunrEnglishParityTests checks the two on a shared word list.
/// </summary>
internal static partial class LunrStemmer
{
    // The building blocks of lunr's expressions: consonant, vowel, consonant sequence, vowel sequence.
    private const string C = "[^aeiou][^aeiouy]*";
    private const string V = "[aeiouy][aeiou]*";

    [GeneratedRegex("^(" + C + ")?" + V + C)] private static partial Regex MeasureAboveZero();
    [GeneratedRegex("^(" + C + ")?" + V + C + "(" + V + ")?$")] private static partial Regex MeasureOne();
    [GeneratedRegex("^(" + C + ")?" + V + C + V + C)] private static partial Regex MeasureAboveOne();
    [GeneratedRegex("^(" + C + ")?[aeiouy]")] private static partial Regex HasVowel();

    [GeneratedRegex("^(.+?)(ss|i)es$")] private static partial Regex Step1aSses();
    [GeneratedRegex("^(.+?)([^s])s$")] private static partial Regex Step1aS();
    [GeneratedRegex("^(.+?)eed$")] private static partial Regex Step1bEed();
    [GeneratedRegex("^(.+?)(ed|ing)$")] private static partial Regex Step1bEdIng();
    [GeneratedRegex("(at|bl|iz)$")] private static partial Regex Step1bAtBlIz();
    [GeneratedRegex("([^aeiouylsz])\\1$")] private static partial Regex Step1bDouble();
    [GeneratedRegex("^" + C + "[aeiouy][^aeiouwxy]$")] private static partial Regex ConsonantVowelConsonant();
    [GeneratedRegex("^(.+?[^aeiou])y$")] private static partial Regex Step1c();
    [GeneratedRegex("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$")]
    private static partial Regex Step2();
    [GeneratedRegex("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$")] private static partial Regex Step3();
    [GeneratedRegex("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$")] private static partial Regex Step4();
    [GeneratedRegex("^(.+?)(s|t)(ion)$")] private static partial Regex Step4Ion();
    [GeneratedRegex("^(.+?)e$")] private static partial Regex Step5E();
    [GeneratedRegex("ll$")] private static partial Regex Step5Ll();

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    public static string Stem(string word)
    {
        if (word.Length < 3) return word;
        var w = word;

        // lunr upper-cases a leading y so the expressions above treat it as a consonant.
        var startsWithY = w[0] == 'y';
        if (startsWithY) w = "Y" + w.Substring(1);

        Match m;
        if ((m = Step1aSses().Match(w)).Success) w = m.Groups[1].Value + m.Groups[2].Value;
        else if ((m = Step1aS().Match(w)).Success) w = m.Groups[1].Value + m.Groups[2].Value;

        if ((m = Step1bEed().Match(w)).Success)
        {
            if (MeasureAboveZero().IsMatch(m.Groups[1].Value)) w = w.Substring(0, w.Length - 1);
        }
        else if ((m = Step1bEdIng().Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (HasVowel().IsMatch(stem))
            {
                w = stem;
                if (Step1bAtBlIz().IsMatch(w)) w += "e";
                else if (Step1bDouble().IsMatch(w)) w = w.Substring(0, w.Length - 1);
                else if (ConsonantVowelConsonant().IsMatch(w)) w += "e";
            }
        }

        if ((m = Step1c().Match(w)).Success) w = m.Groups[1].Value + "i";

        if ((m = Step2().Match(w)).Success && MeasureAboveZero().IsMatch(m.Groups[1].Value))
            w = m.Groups[1].Value + Step2Suffixes[m.Groups[2].Value];

        if ((m = Step3().Match(w)).Success && MeasureAboveZero().IsMatch(m.Groups[1].Value))
            w = m.Groups[1].Value + Step3Suffixes[m.Groups[2].Value];

        if ((m = Step4().Match(w)).Success)
        {
            if (MeasureAboveOne().IsMatch(m.Groups[1].Value)) w = m.Groups[1].Value;
        }
        else if ((m = Step4Ion().Match(w)).Success)
        {
            var stem = m.Groups[1].Value + m.Groups[2].Value;
            if (MeasureAboveOne().IsMatch(stem)) w = stem;
        }

        if ((m = Step5E().Match(w)).Success)
        {
            var stem = m.Groups[1].Value;
            if (MeasureAboveOne().IsMatch(stem) || (MeasureOne().IsMatch(stem) && !ConsonantVowelConsonant().IsMatch(stem)))
                w = stem;
        }

        if (Step5Ll().IsMatch(w) && MeasureAboveOne().IsMatch(w)) w = w.Substring(0, w.Length - 1);

        if (startsWithY) w = "y" + w.Substring(1);
        return w;
    }
}
