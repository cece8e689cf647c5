using StaticKb.Render.Templates;

namespace StaticKb.Tests.Render;

/// <summary>A page's template output: what is written comes back whole and in order, past the size it was given.</summary>
public class PageOutputTests
{
    [Fact]
    public void Text_written_past_the_first_size_comes_back_whole()
    {
        using var output = new PageOutput(capacity: 4);
        var chunk = new string('ạ', 5000) + "<p>Ngoại giao kinh tế</p>";

        output.Write("<html>", 0, 6);
        for (var i = 0; i < 20; i++) output.Write(chunk, 3, chunk.Length - 3);
        output.Write("xx</html>yy", 2, 7);

        var expected = "<html>" + string.Concat(Enumerable.Repeat(chunk[3..], 20)) + "</html>";
        Assert.Equal(expected.Length, output.Length);
        Assert.Equal(expected, output.ToString());
    }
}
