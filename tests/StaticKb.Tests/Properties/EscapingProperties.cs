using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticKb.Diagnostics;
using StaticKb.Model;
using StaticKb.Render.Charts;
using StaticKb.Render.Templates;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Properties;

/// <summary>
/// Escaping, over many generated strings of Vietnamese text, punctuation, <c>&lt;&gt;&amp;"'{}</c> and markup-like
/// tokens: the output never holds a character that could open a tag or close an attribute, and a browser (AngleSharp)
/// or an XML parser reads back exactly the original text.
/// </summary>
public class EscapingProperties
{
    private const int Cases = 3000;

    public static TheoryData<int> Seeds() => new(1, 2, 3);

    private static List<string> Generate(int seed)
    {
        var random = new RandomText(seed * 7919);
        return Enumerable.Range(0, Cases).Select(_ => random.Text()).ToList();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Escaped_text_never_contains_a_character_that_changes_markup(int seed)
    {
        foreach (var (text, i) in Generate(seed).Select((t, i) => (t, i)))
        {
            var escaped = HtmlText.Escape(text);
            Assert.True(escaped.IndexOfAny(['<', '>', '"', '\'']) < 0, $"case {seed}/{i}: {text} → {escaped}");
            // Every '&' left starts one of the five entities the escaper writes.
            for (var at = escaped.IndexOf('&'); at >= 0; at = escaped.IndexOf('&', at + 1))
                Assert.True(new[] { "&amp;", "&lt;", "&gt;", "&quot;", "&#39;" }.Any(e => escaped.AsSpan(at).StartsWith(e)), $"case {seed}/{i}: bare & in {escaped}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_browser_reads_escaped_text_back_as_the_original_in_elements_and_both_kinds_of_attribute(int seed)
    {
        var inputs = Generate(seed);
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (var text in inputs)
        {
            var e = HtmlText.Escape(text);
            html.Append($"<p title=\"{e}\" data-x='{e}'>{e}</p>");
        }
        html.Append("</body></html>");

        var paragraphs = new HtmlParser().ParseDocument(html.ToString()).QuerySelectorAll("body > p");

        Assert.Equal(inputs.Count, paragraphs.Length);
        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.True(inputs[i] == paragraphs[i].TextContent, $"case {seed}/{i} text: {inputs[i]}");
            Assert.True(inputs[i] == paragraphs[i].GetAttribute("title"), $"case {seed}/{i} title: {inputs[i]}");
            Assert.True(inputs[i] == paragraphs[i].GetAttribute("data-x"), $"case {seed}/{i} data-x: {inputs[i]}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Text_without_markup_characters_is_left_exactly_as_it_is(int seed)
    {
        var random = new RandomText(seed);
        for (var i = 0; i < Cases; i++)
        {
            var text = random.Over(RandomText.VietnameseLetters + RandomText.Punctuation, 0, 40);
            Assert.Same(text, HtmlText.Escape(text));
        }
    }

    [Fact]
    public void Values_printed_by_a_template_read_back_as_the_original_and_template_syntax_in_them_is_not_run()
    {
        var random = new RandomText(42);
        var values = Enumerable.Range(0, 300).Select(_ => random.Text()).ToList();
        var bag = new DiagnosticBag();
        var set = TemplateSet.FromTexts(new Dictionary<string, string>
        {
            ["pages/test.html"] = "{{ for v in values }}<p title=\"{{ v }}\">{{ v }}</p>{{ end }}",
        }, bag);

        var html = set.Render("pages/test.html", new Dictionary<string, object?> { ["values"] = values }, "vi/test/", bag);

        Assert.Empty(bag.Sorted().Lines());
        var paragraphs = new HtmlParser().ParseDocument(html!).QuerySelectorAll("p");
        Assert.Equal(values, paragraphs.Select(p => p.TextContent));
        Assert.Equal(values, paragraphs.Select(p => p.GetAttribute("title")));
    }

    [Fact]
    public void Any_title_and_description_keep_a_timeline_picture_well_formed_xml()
    {
        var random = new RandomText(7);
        for (var i = 0; i < 500; i++)
        {
            var title = random.Text();
            var desc = random.Text();

            var svg = XDocument.Parse(TimelineSvg.Render([new TimelineMark(new PartialDate(2024, 4, 2), i % 2 == 0, random.Text(30))], title, desc, "tl"));

            Assert.Equal(title, svg.Root!.Element(SvgDocuments.Svg + "title")!.Value);
            Assert.Equal(desc, svg.Root.Element(SvgDocuments.Svg + "desc")!.Value);
        }
    }

    [Fact]
    public void Any_bar_label_keeps_a_chart_well_formed_xml()
    {
        var random = new RandomText(8);
        for (var i = 0; i < 500; i++)
        {
            var title = random.Text();
            var bars = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => new Bar(random.Text(20), random.Text(10), new FigureValue(random.Next(0, 100), random.Next(100, 200)), random.Next(2) == 0))
                .ToList();

            var svg = XDocument.Parse(BarChartSvg.Render(bars, title, random.Text(), "c"));

            Assert.Equal(title, svg.Root!.Element(SvgDocuments.Svg + "title")!.Value);
            Assert.Equal(bars.Select(b => b.ValueText), svg.WithClass("bar-value").Select(t => t.Value));
        }
    }
}
