using System.Text;
using System.Text.RegularExpressions;
using StaticKb.Import.Seeds;

namespace StaticKb.Import.Output;

public enum HashCheck
{
    /// <summary>The file is exactly what the importer wrote.</summary>
    Matches,
    /// <summary>The file records a hash its text no longer has: someone edited it.</summary>
    Differs,
    /// <summary>The file records no hash: the importer did not write it.</summary>
    Missing,
}

/// <summary>
/// The fingerprint a generated file carries of itself: <c>output_hash</c> is the SHA-256 of the file's text with
/// the <c>output_hash</c> line removed. A file whose text still matches it is ours to replace; any other file
/// belongs to an editor. Line endings are normalised first, so a checkout that turns LF into CRLF is no edit.
/// </summary>
public static partial class OutputHash
{
    public const string Key = "output_hash";

    /// <summary>
    /// Adds <c>  output_hash: "sha256:…"</c> as the last line of the front matter, which must end with the
    /// <c>import:</c> block so the line belongs to it.
    /// </summary>
    public static string Stamp(string text)
    {
        var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) || close < 0) throw new InvalidOperationException("cannot stamp a file without front matter");
        var hash = SeedReader.Sha256(Encoding.UTF8.GetBytes(text));
        return text.Insert(close + 1, $"  {Key}: \"{hash}\"\n");
    }

    public static HashCheck Check(string text)
    {
        text = text.Replace("\r\n", "\n");
        var matches = HashLine().Matches(text);
        if (matches.Count != 1) return HashCheck.Missing;
        var line = matches[0];
        var without = text.Remove(line.Index, line.Length);
        return SeedReader.Sha256(Encoding.UTF8.GetBytes(without)) == line.Groups["hash"].Value ? HashCheck.Matches : HashCheck.Differs;
    }

    [GeneratedRegex(@"^[ \t]*output_hash:[ \t]*""?(?<hash>sha256:[0-9a-f]{64})""?[ \t]*\n", RegexOptions.Multiline)]
    private static partial Regex HashLine();
}
