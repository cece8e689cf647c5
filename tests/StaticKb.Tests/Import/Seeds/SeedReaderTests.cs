using System.Text;
using StaticKb.Diagnostics;
using StaticKb.Import.Seeds;

namespace StaticKb.Tests.Import.Seeds;

public class SeedReaderTests
{
    [Fact]
    public void Strips_a_bom_and_turns_crlf_into_lf()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Tiêu đề\r\n\r\nĐoạn một.\r\nĐoạn hai.\r\n")).ToArray();
        var seed = SeedReader.Read("seeds/x.txt", bytes, new DiagnosticBag())!;
        Assert.Equal("Tiêu đề\n\nĐoạn một.\nĐoạn hai.\n", seed.Text);
    }

    [Fact]
    public void Composes_decomposed_vietnamese_so_it_matches_the_registry()
    {
        var seed = SeedReader.Read("seeds/x.txt", Encoding.UTF8.GetBytes("Pha\u0323m Minh Chi\u0301nh"), new DiagnosticBag())!;
        Assert.Equal("Phạm Minh Chính", seed.Text);
    }

    [Fact]
    public void Hashes_the_raw_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("abc");
        var seed = SeedReader.Read("seeds/x.txt", bytes, new DiagnosticBag())!;
        Assert.Equal("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", seed.Hash);
    }

    [Fact]
    public void Non_breaking_and_zero_width_spaces_become_plain_text()
    {
        var seed = SeedReader.Read("seeds/x.txt", Encoding.UTF8.GetBytes("Thủ tướng\u00A0Phạm\u200B Minh Chính  \n"), new DiagnosticBag())!;
        Assert.Equal("Thủ tướng Phạm Minh Chính\n", seed.Text);
    }

    [Fact]
    public void Invalid_utf8_is_a_diagnostic_naming_the_file_and_the_place_not_a_crash()
    {
        var bytes = Encoding.UTF8.GetBytes("Dòng một\nDòng ").Concat(new byte[] { 0xC3, 0x28 }).ToArray(); // 0xC3 needs a continuation byte
        var diagnostics = new DiagnosticBag();
        var seed = SeedReader.Read("seeds/bad.txt", bytes, diagnostics);
        Assert.Null(seed);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.True(d.IsError);
        Assert.Equal("seeds/bad.txt", d.Location.Path);
        Assert.Equal(2, d.Location.Line);
        Assert.Equal(6, d.Location.Column);
        Assert.Contains("UTF-8", d.Message);
    }
}
