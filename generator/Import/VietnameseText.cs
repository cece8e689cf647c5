namespace StaticKb.Import;

/// <summary>A word of a line with where it starts, so recognisers can map matches back to the text.</summary>
internal readonly record struct Word(string Text, int Start)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// The few facts about written Vietnamese the recognisers rely on: words are single syllables separated by
/// spaces, names and proper nouns capitalise every syllable ("Phạm Minh Chính"), common words are lower case.
/// </summary>
internal static class VietnameseText
{
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>True when <paramref name="start"/>..<paramref name="end"/> is not glued to other letters or digits.</summary>
    public static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !IsWordChar(text[start - 1])) && (end >= text.Length || !IsWordChar(text[end]));

    /// <summary>"Chính", "Hà": an upper-case letter followed only by lower-case letters.</summary>
    public static bool IsCapitalised(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    public static bool IsLowerWord(string word) => word.Length > 0 && word.All(char.IsLower);

    /// <summary>Runs of letters (and digits) in <paramref name="text"/>; punctuation and spaces separate them.</summary>
    public static IReadOnlyList<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            words.Add(new Word(text[start..i], start));
        }
        return words;
    }

    /// <summary>Upper-cases the first letter only ("hội nghị Thủ tướng" → "Hội nghị Thủ tướng").</summary>
    public static string CapitaliseFirst(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>True when only spaces separate <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool OnlySpacesBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++) if (text[i] != ' ') return false;
        return true;
    }
}
