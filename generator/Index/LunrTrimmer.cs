namespace StaticKb.Index;

/// <summary>
/// lunr.trimmer of lunr.js 2.3.9: <c>s.replace(/^\W+/, '').replace(/\W+$/, '')</c>, where a JavaScript
/// <c>\W</c> (no <c>u</c> flag) is anything but <c>[A-Za-z0-9_]</c>. English words are folded before this,
/// so an accented name keeps its letters instead of losing them here.
/// </summary>
internal static class LunrTrimmer
{
    public static string Trim(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && !IsJsWordChar(s[start])) start++;
        while (end > start && !IsJsWordChar(s[end - 1])) end--;
        return start == 0 && end == s.Length ? s : s.Substring(start, end - start);
    }

    private static bool IsJsWordChar(char c) =>
        (uint)(c - 'a') <= 'z' - 'a' || (uint)(c - 'A') <= 'Z' - 'A' || (uint)(c - '0') <= 9 || c == '_';
}
