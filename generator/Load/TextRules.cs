namespace StaticKb.Load;

/// <summary>What text content may contain: no control characters except tab and line feed.</summary>
public static class TextRules
{
    /// <summary>The index of the first control character other than tab and line feed, or -1.</summary>
    public static int FirstControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)) return i;
        }
        return -1;
    }
}
