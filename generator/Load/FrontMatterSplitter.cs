using StaticKb.Diagnostics;

namespace StaticKb.Load;

/// <summary>Front matter and body of a content file, with the line each starts on so positions map back to the file.</summary>
public sealed record SplitContent(string FrontMatter, int FrontMatterLine, string Body, int BodyLine);

/// <summary>Splits <c>---</c>-fenced YAML front matter from the Markdown body.</summary>
public static class FrontMatterSplitter
{
    public static SplitContent? Split(string path, string text, DiagnosticBag diagnostics)
    {
        // Walked line by line in place: the front matter and the body are the only strings made (splitting the file
        // into lines and joining them again cost a copy of every file, twice).
        if (!IsFence(NextLine(text, 0, out var next), first: true))
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), "the file does not start with front matter",
                "begin the file with a line '---', the YAML keys (title, date, translation_key …), and another '---'");
            return null;
        }
        var yamlStart = next;
        for (int start = next, line = 2; start <= text.Length; start = next, line++)
        {
            if (IsFence(NextLine(text, start, out next), first: false))
            {
                // Like joining the lines between the fences with '\n': the line break before the closing fence goes.
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                var body = next <= text.Length ? text[next..] : "";
                return new SplitContent(yaml, 2, body, line + 1);
            }
            if (next > text.Length) break;
        }
        diagnostics.Error(new SourceLocation(path, 1, 1), "the front matter opened here is never closed",
            "add a line '---' after the last front matter key");
        return null;
    }

    /// <summary>The line starting at <paramref name="start"/>, without its '\n'; <paramref name="next"/> is where the next one starts (past the end after the last line).</summary>
    private static ReadOnlySpan<char> NextLine(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        if (end < 0)
        {
            next = text.Length + 1;
            return text.AsSpan(start);
        }
        next = end + 1;
        return text.AsSpan(start, end - start);
    }

    private static bool IsFence(ReadOnlySpan<char> line, bool first)
    {
        line = line.TrimEnd('\r');
        return line is "---" || !first && line is "...";
    }
}
