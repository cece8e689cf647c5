using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using StaticKb.Diagnostics;

namespace StaticKb.Import.Seeds;

/// <summary>Turns the bytes of a seed file into <see cref="SeedText"/>, or a diagnostic when they are not UTF-8.</summary>
public static class SeedReader
{
    public static SeedText? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var hash = Sha256(bytes);
        var body = bytes.AsSpan();
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];

        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            // Point at the first bad byte the way an editor counts: lines, and characters of the (valid) text before it.
            var offset = read + (bytes.Length - body.Length);
            var before = chars.AsSpan(0, written);
            var line = before.Count('\n') + 1;
            var column = written - (before.LastIndexOf('\n') + 1) + 1;
            diagnostics.Error(new SourceLocation(path, line, column),
                $"the seed is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); it was not imported",
                "re-save the file as UTF-8 (most editors: 'Save with encoding' → UTF-8)");
            return null;
        }
        return new SeedText(path, Normalise(new string(chars, 0, written)), hash);
    }

    /// <summary>
    /// NFC, LF endings, no trailing spaces. Non-breaking and zero-width spaces from web pages become
    /// ordinary spaces (or nothing), so "Thủ tướng&#160;Phạm Minh Chính" is recognised like any other mention.
    /// </summary>
    public static string Normalise(string text)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        text = text.Replace('\u00A0', ' ').Replace('\t', ' ').Replace("\u200B", "").Replace("\uFEFF", "");
        // Not string.Normalize: under invariant globalization it leaves Vietnamese untouched.
        text = VietnameseLetters.ToComposed(text.Normalize(NormalizationForm.FormC));
        var lines = text.Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines);
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
}
