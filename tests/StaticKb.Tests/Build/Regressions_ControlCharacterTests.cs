using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>
/// Regression (fixed): a C0 control character in a title or summary — a raw U+0008 pasted from a word processor, or a YAML
/// escape such as <c>"\u001b"</c> — passes Load (ContentFileReader.Decode, generator/Load/ContentFileReader.cs,
/// lines 40-46, rejects only NUL) and reaches FeedWriter.Write (generator/Publish/FeedWriter.cs, line 49), where
/// XmlWriter throws ArgumentException "hexadecimal value 0x08, is an invalid character". The build ends in an
/// unhandled exception with a stack trace instead of a diagnostic (issue 9: every bad input a clear diagnostic).
/// Fix: report control characters other than tab and line feed as an error with their position, in
/// ContentFileReader.Decode for the raw text and in YamlMapReader.String for values produced by escapes.
/// </summary>
public class Regressions_ControlCharacterTests
{
    [Theory]
    [InlineData("title: Xin ch\bào", "content/vi/articles/xin-chao.md:2:")]
    [InlineData("title: Xin chào\nsummary: \"T\\u001b[31m đỏ\"", "content/vi/articles/xin-chao.md:")]
    public void A_control_character_in_front_matter_is_a_diagnostic_not_a_crash(string frontMatter, string at)
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/articles/xin-chao.md", $"---\n{frontMatter}\ndate: 2024-04-02\ntranslation_key: xin-chao\n---\nBài viết.\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics.Lines(), l => l.StartsWith(at, StringComparison.Ordinal) && l.Contains(": error: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.OutputDir));
    }
}
