using System.Text;
using StaticKb.Diagnostics;

namespace StaticKb.Load;

/// <summary>
/// Reads a content file as text, refusing what would silently corrupt a page: non-UTF-8 bytes (Windows-1258,
/// UTF-16), binary data, empty or oversized files. Accepts a UTF-8 BOM and CRLF line ends; normalises to NFC.
/// </summary>
public static class ContentFileReader
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(fullPath);
        if (info.Length > MaxBytes)
        {
            diagnostics.Error(SourceLocation.File(displayPath), $"the file is {info.Length / (1024 * 1024)} MB; content files may be at most {MaxBytes / (1024 * 1024)} MB",
                "split the text, or move large data out of content/");
            return null;
        }
        return Decode(File.ReadAllBytes(fullPath), displayPath, diagnostics);
    }

    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.Length == 0)
        {
            diagnostics.Error(SourceLocation.File(displayPath), "the file is empty", "add front matter and text, or delete the file");
            return null;
        }
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Error(SourceLocation.File(displayPath), "the file is UTF-16; content must be UTF-8", "save the file as UTF-8 in your editor");
            return null;
        }
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(PositionOf(bytes, offset, nul, displayPath), "the file contains binary data (a NUL byte); only Markdown text belongs in content/");
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? PositionOf(bytes, offset, offset + e.Index, displayPath) : SourceLocation.File(displayPath);
            diagnostics.Error(at, "the file is not valid UTF-8 (perhaps Windows-1258 or another legacy encoding)",
                "re-save the file as UTF-8, e.g. iconv -f WINDOWS-1258 -t UTF-8");
            return null;
        }
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var control = TextRules.FirstControlCharacter(text);
        if (control >= 0)
        {
            var line = 1 + text.AsSpan(0, control).Count('\n');
            var column = control - (text.LastIndexOf('\n', Math.Max(0, control - 1)) + 1) + 1;
            diagnostics.Error(new SourceLocation(displayPath, line, column),
                $"the file contains the control character U+{(int)text[control]:X4}, which no page can show",
                "delete it; it is usually left over from copying text out of another program");
            return null;
        }
        return text.Normalize(NormalizationForm.FormC);
    }

    // Line and column of a byte offset, counting columns in characters of the valid prefix.
    private static SourceLocation PositionOf(byte[] bytes, int textStart, int index, string path)
    {
        var line = 1;
        var lineStart = textStart; // a BOM is not a column
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') (line, lineStart) = (line + 1, i + 1);
        }
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, Math.Max(0, index - lineStart)) + 1;
        return new SourceLocation(path, line, column);
    }
}
