using System.Text;
using StaticKb.Diagnostics;
using StaticKb.Load;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Load;

/// <summary>How bytes on disk become content text: UTF-8 only, BOM and CRLF tolerated, NFC always.</summary>
public class ContentFileReaderTests
{
    private const string Path = "content/vi/articles/a.md";
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static (string? Text, IReadOnlyList<string> Diagnostics) Decode(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var text = ContentFileReader.Decode(bytes, Path, bag);
        return (text, bag.Sorted().Lines());
    }

    private static byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_and_dropped()
    {
        var (text, diagnostics) = Decode([.. Bom, .. Utf8("---\ntitle: Việt Nam\n---\n")]);

        Assert.Empty(diagnostics);
        Assert.Equal("---\ntitle: Việt Nam\n---\n", text);
    }

    [Fact]
    public void Windows_and_old_mac_line_ends_become_newlines()
    {
        var (text, diagnostics) = Decode(Utf8("---\r\ntitle: a\r\n---\rbody\r\n"));

        Assert.Empty(diagnostics);
        Assert.Equal("---\ntitle: a\n---\nbody\n", text);
    }

    [Fact]
    public void Decomposed_vietnamese_is_normalised_to_composed_form()
    {
        // "Việt" typed on a Mac: e + combining dot below + combining circumflex.
        var nfd = "Vie\u0323\u0302t Nam";
        Assert.NotEqual("Việt Nam", nfd);

        var (text, _) = Decode(Utf8(nfd));

        Assert.Equal("Việt Nam", text);
        Assert.True(text!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var (text, diagnostics) = Decode([]);

        Assert.Null(text);
        Assert.Equal([$"{Path}:1:1: error: the file is empty"], diagnostics);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void A_utf16_file_is_refused(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes("---\ntitle: Việt Nam\n---\n")).ToArray();

        var (text, diagnostics) = Decode(bytes);

        Assert.Null(text);
        Assert.Equal([$"{Path}:1:1: error: the file is UTF-16; content must be UTF-8"], diagnostics);
    }

    [Fact]
    public void Windows_1258_bytes_are_refused_at_the_first_bad_byte()
    {
        // "Việt" in Windows-1258: V i 0xEA (ê) 0xF2 (combining dot below) t.
        byte[] bytes = [.. Utf8("---\ntitle: Vi"), 0xEA, 0xF2, .. Utf8("t Nam\n---\n")];

        var (text, diagnostics) = Decode(bytes);

        Assert.Null(text);
        Assert.Equal([$"{Path}:2:10: error: the file is not valid UTF-8 (perhaps Windows-1258 or another legacy encoding)"], diagnostics);
    }

    [Fact]
    public void The_column_of_a_bad_byte_counts_characters_not_bytes()
    {
        // "Ngày " is 5 characters but 6 bytes; the bad byte is the 13th character of the line.
        byte[] bytes = [.. Utf8("---\ntitle: Ngày "), 0xEA, .. Utf8("\n---\n")];

        var (_, diagnostics) = Decode(bytes);

        Assert.Equal([$"{Path}:2:13: error: the file is not valid UTF-8 (perhaps Windows-1258 or another legacy encoding)"], diagnostics);
    }

    [Fact]
    public void A_nul_byte_marks_the_file_as_binary()
    {
        byte[] bytes = [.. Utf8("---\ntitle: a"), 0x00, .. Utf8("b\n---\n")];

        var (text, diagnostics) = Decode(bytes);

        Assert.Null(text);
        Assert.Equal([$"{Path}:2:9: error: the file contains binary data (a NUL byte); only Markdown text belongs in content/"], diagnostics);
    }
}
