namespace StaticKb.Index;

/// <summary>
/// The Porter stemmer exactly as lunr.stemmer of lunr.js 2.3.9 applies it, so an English word stems to the
/// same term here as in the browser, where search.js calls lunr's own stemmer on the query.
/// LunrEnglishParityTests checks the two on every English word of the project, the benchmark corpus and
/// made-up words that reach every rule.
/// </summary>
/// <remarks>
/// lunr writes the stemmer as regular expressions; here the same tests are written out by hand, on one buffer.
/// What the expressions mean, and so what is reproduced here:
/// <list type="bullet">
/// <item>A leading <c>y</c> is upper-cased for the whole run, so it is a consonant everywhere (<c>Y</c> is in
/// no vowel class), and lower-cased again at the end.</item>
/// <item><c>^(.+?)(a|b|…)$</c> (lazy, anchored): the longest suffix of the list that leaves at least one
/// character before it. JavaScript's <c>.</c> does not match a line terminator, so that stem must have none
/// (no tokenizer word has one; the rule is kept so the function is lunr's for any string). When the longest
/// suffix's condition fails, no shorter one is tried.</item>
/// <item>The measure expressions, built from consonant <c>[^aeiou][^aeiouy]*</c> and vowel
/// <c>[aeiouy][aeiou]*</c> sequences: after the optional leading consonant sequence the parse is forced
/// (a vowel sequence ends at the first letter not in <c>aeiou</c>, a consonant sequence at the first letter
/// in <c>aeiouy</c>), so the measure is the count of vowel–consonant pairs in that parse.</item>
/// <item>"Has a vowel" (<c>^([^aeiou][^aeiouy]*)?[aeiouy]</c>) is true exactly when one of <c>aeiouy</c> occurs.</item>
/// <item>Consonant–vowel–consonant (<c>^C[aeiouy][^aeiouwxy]$</c>) is anchored at both ends: the whole stem
/// is one consonant sequence, one vowel, and a last letter that is neither a vowel nor <c>w</c>, <c>x</c>, <c>y</c>.</item>
/// </list>
/// </remarks>
internal static class LunrStemmer
{
    private static readonly Rule[]?[] Step2 = ByLastLetter(
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"));

    private static readonly Rule[]?[] Step3 = ByLastLetter(
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""));

    private static readonly Rule[]?[] Step4 = ByLastLetter(
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""),
        ("ive", ""), ("ize", ""));

    private static readonly Rule[]?[][] Steps2And3 = { Step2, Step3 };

    public static string Stem(string word)
    {
        if (word.Length < 3) return word;
        Span<char> w = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(w);
        var n = w.Length;
        var lineTerminators = HasLineTerminator(word);

        // ^(.+?) before position k: at least one character, and no line terminator.
        bool LazyPrefix(ReadOnlySpan<char> s, int k) => k >= 1 && (!lineTerminators || !HasLineTerminator(s[..k]));

        var startsWithY = w[0] == 'y';
        if (startsWithY) w[0] = 'Y';

        // Step 1a: ^(.+?)(ss|i)es$ → $1$2; else ^(.+?)([^s])s$ → $1$2.
        if ((EndsWith(w, n, "sses") && LazyPrefix(w, n - 4)) || (EndsWith(w, n, "ies") && LazyPrefix(w, n - 3))) n -= 2;
        else if (n >= 2 && w[n - 1] == 's' && w[n - 2] != 's' && LazyPrefix(w, n - 2)) n--;

        // Step 1b: ^(.+?)eed$ (drop the d if the stem's measure > 0); else ^(.+?)(ed|ing)$ if the stem has a vowel.
        if (EndsWith(w, n, "eed") && LazyPrefix(w, n - 3))
        {
            if (MeasureAboveZero(w[..(n - 3)])) n--;
        }
        else
        {
            var k = EndsWith(w, n, "ed") ? n - 2 : EndsWith(w, n, "ing") ? n - 3 : -1;
            if (k >= 0 && LazyPrefix(w, k) && HasVowelOrY(w[..k]))
            {
                n = k;
                if (EndsWith(w, n, "at") || EndsWith(w, n, "bl") || EndsWith(w, n, "iz")) w[n++] = 'e';
                else if (n >= 2 && w[n - 1] == w[n - 2] && !IsVowelOrY(w[n - 1]) && w[n - 1] is not ('l' or 's' or 'z')) n--;
                else if (ConsonantVowelConsonant(w[..n])) w[n++] = 'e';
            }
        }

        // Step 1c: ^(.+?[^aeiou])y$ → $1i.
        if (n >= 3 && w[n - 1] == 'y' && !IsVowel(w[n - 2]) && LazyPrefix(w, n - 2)) w[n - 1] = 'i';

        // Steps 2 and 3: replace the suffix if the stem's measure > 0.
        foreach (var table in Steps2And3)
        {
            if (Longest(w[..n], table) is { } rule && LazyPrefix(w, n - rule.Suffix.Length))
            {
                var k = n - rule.Suffix.Length;
                if (MeasureAboveZero(w[..k]))
                {
                    rule.Replacement.CopyTo(w[k..]);
                    n = k + rule.Replacement.Length;
                }
            }
        }

        // Step 4: drop the suffix if the stem's measure > 1; else ^(.+?)(s|t)(ion)$ → $1$2 likewise.
        if (Longest(w[..n], Step4) is { } suffix && LazyPrefix(w, n - suffix.Suffix.Length))
        {
            var k = n - suffix.Suffix.Length;
            if (MeasureAboveOne(w[..k])) n = k;
        }
        else if ((EndsWith(w, n, "sion") || EndsWith(w, n, "tion")) && LazyPrefix(w, n - 4))
        {
            if (MeasureAboveOne(w[..(n - 3)])) n -= 3;
        }

        // Step 5: ^(.+?)e$ → $1 if the measure > 1, or = 1 and the stem is not consonant–vowel–consonant;
        // then ll$ → l if the word's measure > 1.
        if (n >= 2 && w[n - 1] == 'e' && LazyPrefix(w, n - 1))
        {
            var stem = w[..(n - 1)];
            var m = Measure(stem);
            if (m > 1 || (m == 1 && !ConsonantVowelConsonant(stem))) n--;
        }
        if (EndsWith(w, n, "ll") && MeasureAboveOne(w[..n])) n--;

        if (startsWithY) w[0] = 'y';
        return n == word.Length && w.SequenceEqual(word) ? word : new string(w[..n]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsVowelOrY(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool HasVowelOrY(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (IsVowelOrY(c)) return true;
        return false;
    }

    /// <summary>A JavaScript line terminator, which <c>.</c> does not match.</summary>
    private static bool HasLineTerminator(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c is '\n' or '\r' or '\u2028' or '\u2029') return true;
        return false;
    }

    private static bool EndsWith(Span<char> w, int n, string suffix) => w[..n].EndsWith(suffix);

    private static bool MeasureAboveZero(ReadOnlySpan<char> s) => Measure(s) > 0;

    private static bool MeasureAboveOne(ReadOnlySpan<char> s) => Measure(s) > 1;

    /// <summary>
    /// The measure as lunr's expressions see it: vowel–consonant pairs after an optional leading consonant
    /// sequence (<c>mgr0</c>: > 0, <c>mgr1</c>: > 1, <c>meq1</c>: = 1). Stems here never start with a lower-case
    /// <c>y</c> (the word's leading <c>y</c> is <c>Y</c> throughout), so that sequence is there exactly when
    /// the first letter is not one of <c>aeiouy</c>, and it runs to the first letter that is.
    /// </summary>
    private static int Measure(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (!IsVowelOrY(s[0]))
        {
            i = 1;
            while (i < s.Length && !IsVowelOrY(s[i])) i++;
            if (i == s.Length) return 0;
        }
        return Pairs(s, i);
    }

    /// <summary>Vowel–consonant pairs from <paramref name="i"/>, where a vowel sequence starts, to the end.</summary>
    private static int Pairs(ReadOnlySpan<char> s, int i)
    {
        var pairs = 0;
        while (true)
        {
            i++;
            while (i < s.Length && IsVowel(s[i])) i++;
            if (i == s.Length) return pairs;
            i++;
            while (i < s.Length && !IsVowelOrY(s[i])) i++;
            pairs++;
            if (i == s.Length) return pairs;
        }
    }

    /// <summary><c>^C[aeiouy][^aeiouwxy]$</c>.</summary>
    private static bool ConsonantVowelConsonant(ReadOnlySpan<char> s)
    {
        if (s.Length < 3 || IsVowel(s[0])) return false;
        var i = 1;
        while (i < s.Length && !IsVowelOrY(s[i])) i++;
        return i == s.Length - 2 && s[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'x' or 'y');
    }

    private sealed record Rule(string Suffix, string Replacement);

    /// <summary>The longest suffix of the table that leaves at least one character before it.</summary>
    private static Rule? Longest(ReadOnlySpan<char> w, Rule[]?[] table)
    {
        if (w.IsEmpty || w[^1] >= table.Length || table[w[^1]] is not { } rules) return null;
        foreach (var rule in rules)
            if (w.Length > rule.Suffix.Length && w.EndsWith(rule.Suffix)) return rule;
        return null;
    }

    /// <summary>Rules by their suffix's last letter, longest first (in plain loops, which start faster than LINQ).</summary>
    private static Rule[]?[] ByLastLetter(params (string Suffix, string Replacement)[] rules)
    {
        var table = new Rule[]?[128];
        foreach (var (suffix, replacement) in rules)
        {
            var list = table[suffix[^1]] ?? Array.Empty<Rule>();
            var at = 0;
            while (at < list.Length && list[at].Suffix.Length >= suffix.Length) at++;
            var grown = new Rule[list.Length + 1];
            Array.Copy(list, grown, at);
            grown[at] = new Rule(suffix, replacement);
            Array.Copy(list, at, grown, at + 1, list.Length - at);
            table[suffix[^1]] = grown;
        }
        return table;
    }
}
