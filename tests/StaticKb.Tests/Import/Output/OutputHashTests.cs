using StaticKb.Import.Output;

namespace StaticKb.Tests.Import.Output;

public class OutputHashTests
{
    private const string File = "---\ntitle: \"T\"\nimport:\n  seed: seeds/a.txt\n---\nThân bài.\n";

    [Fact]
    public void A_stamped_file_matches_its_hash()
    {
        var stamped = OutputHash.Stamp(File);
        Assert.Matches("\n  output_hash: \"sha256:[0-9a-f]{64}\"\n---\n", stamped);
        Assert.Equal(HashCheck.Matches, OutputHash.Check(stamped));
    }

    [Fact]
    public void Any_edit_breaks_the_match()
    {
        var stamped = OutputHash.Stamp(File);
        Assert.Equal(HashCheck.Differs, OutputHash.Check(stamped.Replace("Thân bài.", "Thân bài đã sửa.")));
        Assert.Equal(HashCheck.Differs, OutputHash.Check(stamped.Replace("title: \"T\"", "title: \"T2\"")));
    }

    [Fact]
    public void A_file_without_a_hash_is_not_ours() => Assert.Equal(HashCheck.Missing, OutputHash.Check(File));

    [Fact]
    public void Crlf_line_endings_from_a_checkout_are_not_an_edit() =>
        Assert.Equal(HashCheck.Matches, OutputHash.Check(OutputHash.Stamp(File).Replace("\n", "\r\n")));
}
