using StaticKb.Diagnostics;

namespace StaticKb.Load;

/// <summary>Front matter and body of a content file, with the line each starts on so positions map back to the file.</summary>
public sealed record SplitContent(string FrontMatter, int FrontMatterLine, string Body, int BodyLine);

/// <summary>Splits <c>---</c>-fenced YAML front matter from the Markdown body.</summary>
public static class FrontMatterSplitter
{
    public static SplitContent? Split(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "---")
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), "the file does not start with front matter",
                "begin the file with a line '---', the YAML keys (title, date, translation_key …), and another '---'");
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r') is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new SplitContent(yaml, 2, body, i + 2);
            }
        }
        diagnostics.Error(new SourceLocation(path, 1, 1), "the front matter opened here is never closed",
            "add a line '---' after the last front matter key");
        return null;
    }
}
