using System.Globalization;
using System.Xml.Linq;
using StaticKb.Model;
using StaticKb.Render.Charts;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>The timeline picture drawn at build time: valid SVG whatever the labels say, one mark per entry, readable labels.</summary>
public class TimelineSvgTests
{
    private static XDocument Draw(params TimelineMark[] marks) =>
        XDocument.Parse(TimelineSvg.Render(marks, "Dòng thời gian", "Trục thời gian", "tl"));

    private static double LabelY(XElement mark) =>
        double.Parse(mark.WithClass("tl-label").Single().Attribute("y")!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Nothing_is_drawn_for_no_entries()
    {
        Assert.Equal("", TimelineSvg.Render([], "t", "d", "tl"));
    }

    [Fact]
    public void Markup_in_a_label_or_title_stays_text_and_the_svg_stays_well_formed()
    {
        const string hostile = "<script>&\"']]>";

        var svg = XDocument.Parse(TimelineSvg.Render([new TimelineMark(new PartialDate(2024, 4, 2), false, hostile)], hostile, hostile, "tl"));

        Assert.Equal(hostile, svg.Root!.Element(SvgDocuments.Svg + "title")!.Value);
        Assert.Equal(hostile, svg.Root.Element(SvgDocuments.Svg + "desc")!.Value);
        Assert.Equal(hostile, svg.WithClass("tl-label").Single().Value);
        Assert.Empty(svg.Descendants(SvgDocuments.Svg + "script"));
    }

    [Fact]
    public void Each_entry_gets_one_mark_with_a_dot_and_a_label()
    {
        var svg = Draw(
            new TimelineMark(new PartialDate(2022, 8, 10), false, "15-CT/TW"),
            new TimelineMark(new PartialDate(2023), false, "21/NQ-CP"),
            new TimelineMark(new PartialDate(2023, 7, 3), true, "Hội nghị"));

        var marks = svg.WithClass("tl-mark").ToList();

        Assert.Equal(3, marks.Count);
        Assert.All(marks, m => Assert.Single(m.WithClass("tl-dot")));
        Assert.Equal(["15-CT/TW", "21/NQ-CP", "Hội nghị"], marks.Select(m => m.WithClass("tl-label").Single().Value));
        Assert.Equal(["tl-mark tl-document", "tl-mark tl-document", "tl-mark tl-conference"], marks.Select(m => m.Attribute("class")!.Value));
    }

    [Fact]
    public void Labels_of_entries_on_the_same_day_do_not_overlap()
    {
        var day = new PartialDate(2024, 4, 2);

        var svg = Draw(new TimelineMark(day, false, "Một"), new TimelineMark(day, true, "Hai"), new TimelineMark(day, false, "Ba"));

        var ys = svg.WithClass("tl-mark").Select(LabelY).ToList();
        Assert.True(ys[1] - ys[0] >= 16 && ys[2] - ys[1] >= 16, $"label lines at {string.Join(", ", ys)}");
        var height = double.Parse(svg.Root!.Attribute("viewBox")!.Value.Split(' ')[3], CultureInfo.InvariantCulture);
        Assert.True(ys.Max() < height, "the last label is inside the picture");
    }

    [Fact]
    public void Every_year_from_the_first_to_the_last_entry_is_on_the_axis()
    {
        var svg = Draw(new TimelineMark(new PartialDate(2021, 2, 1), false, "a"), new TimelineMark(new PartialDate(2024), false, "b"));

        Assert.Equal(["2021", "2022", "2023", "2024"], svg.WithClass("tl-year").Select(t => t.Value));
    }

    [Fact]
    public void Long_labels_are_shortened_to_fit_a_phone_keeping_the_words_that_tell_them_apart()
    {
        const string common = "Hội nghị Thủ tướng Chính phủ với các Trưởng Cơ quan đại diện Việt Nam ở nước ngoài về đẩy mạnh công tác ngoại giao kinh tế";
        var a = $"18/7/2024 · {common} thúc đẩy tăng trưởng 6 tháng cuối năm 2024";
        var b = $"22/7/2025 · {common} tạo đà tăng trưởng hai con số";

        var svg = Draw(new TimelineMark(new PartialDate(2024, 7, 18), true, a), new TimelineMark(new PartialDate(2025, 7, 22), true, b));
        var labels = svg.WithClass("tl-label").Select(t => t.Value).ToList();

        Assert.All(labels, l => Assert.True(l.Length <= 44, l));
        Assert.StartsWith("18/7/2024 · Hội nghị", labels[0]);
        Assert.EndsWith(" … 6 tháng cuối năm 2024", labels[0]);
        Assert.StartsWith("22/7/2025 · Hội nghị", labels[1]);
        Assert.EndsWith("hai con số", labels[1]);
        // The full name stays available: a tooltip and what a screen reader announces.
        Assert.Equal([a, b], svg.Root!.Descendants().Where(e => e.Name.LocalName == "title" && e.Parent!.Name.LocalName == "g").Select(t => t.Value));
    }
}
