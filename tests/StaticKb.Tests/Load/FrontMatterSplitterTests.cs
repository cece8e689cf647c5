using StaticKb.Diagnostics;
using StaticKb.Load;

namespace StaticKb.Tests.Load;

/// <summary>
/// Front matter split from the body in place: the same strings and line numbers as splitting the file into lines and
/// joining them again, whatever the line endings and wherever the fences are.
/// </summary>
public class FrontMatterSplitterTests
{
    public static TheoryData<string> Files => new()
    {
        "---\ntitle: Hội nghị\ndate: 2024-05-01\n---\nBody line 1\nBody line 2\n",
        "---\r\ntitle: Hội nghị\r\n---\r\nThân bài\r\n",
        "---\n---\nBody",
        "---\ntitle: x\n---",
        "---\ntitle: x\n---\n",
        "---\ntitle: x\n...\nBody\n---\nnot a fence any more\n",
        "---\ntitle: x\n\n---\n\n\nBody after blank lines",
        "---\r\r\ntitle: x\n---\r\nBody",
        "---\ntitle: x\nBody without a closing fence\n",
        "--- \ntitle: x\n---\n",
        "...\ntitle: x\n...\n",
        "title: x\n---\nBody",
        "---",
        "",
        "\n\n\n",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Splits_as_lines_joined_again_would(string text)
    {
        var diagnostics = new DiagnosticBag();
        var split = FrontMatterSplitter.Split("a.md", text, diagnostics);

        var expected = ByLines(text);
        Assert.Equal(expected, split);
        Assert.Equal(expected is null, diagnostics.HasErrors);
    }

    // The plain reading of the format: split into lines, find the fences, join the lines between them.
    private static SplitContent? ByLines(string text)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd('\r') != "---") return null;
        for (var i = 1; i < lines.Length; i++)
            if (lines[i].TrimEnd('\r') is "---" or "...")
                return new SplitContent(string.Join('\n', lines[1..i]), 2, string.Join('\n', lines[(i + 1)..]), i + 2);
        return null;
    }
}
