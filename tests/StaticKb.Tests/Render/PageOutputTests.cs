using StaticKb.Diagnostics;
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

    [Fact]
    public void A_layout_prints_the_page_it_wraps_as_is_from_its_buffer()
    {
        // The page's body reaches the layout as a LayoutContent over its template's buffer, not as a string: printed
        // unescaped, whole, and in place.
        var bag = new DiagnosticBag();
        var set = TemplateSet.FromTexts(new Dictionary<string, string>
        {
            ["pages/body.html"] = "<p>{{ v }}</p>",
            ["layouts/base.html"] = "<main>{{ content }}</main><footer>{{ v }}</footer>",
        }, bag);
        var model = new Dictionary<string, object?> { ["v"] = "Bộ & Ngành" };

        using var body = set.RenderToOutput("pages/body.html", model, "vi/x/", bag)!;
        model["content"] = new LayoutContent(body.Written);
        using var page = set.RenderToOutput("layouts/base.html", model, "vi/x/", bag)!;

        Assert.Empty(bag.Sorted());
        Assert.Equal("<main><p>Bộ &amp; Ngành</p></main><footer>Bộ &amp; Ngành</footer>", page.Written.ToString());
    }
}
