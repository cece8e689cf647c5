using AngleSharp.Dom;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>
/// The timeline pages as a reader gets them: every document and conference in date order, grouped by year, each
/// date at its own precision in a <c>&lt;time datetime&gt;</c>, inferred dates marked; narrowed to documents,
/// conferences or one year by following a link (no JavaScript); and a picture with one mark per dated entry.
/// </summary>
[Collection(KnowledgeSiteCollection.Name)]
public class TimelinePageTests(BuiltKnowledgeSite fixture)
{
    private BuiltSite Built => fixture.Built;

    private sealed record Entry(string Key, string? DateIso, string DateText, bool Inferred, string Name);

    private IReadOnlyList<Entry> Entries(string page) =>
        Built.Page(page).QuerySelectorAll("li.timeline-entry").Select(li =>
        {
            var link = li.QuerySelector("h3 a")!;
            var time = li.QuerySelector("p.meta time");
            var href = link.GetAttribute("href")!;
            return new Entry(href.TrimEnd('/').Split('/')[^1], time?.GetAttribute("datetime"),
                time?.TextContent ?? li.QuerySelector("p.meta")!.TextContent.Split('·')[^1].Trim(),
                li.QuerySelector(".inferred") is not null, link.TextContent);
        }).ToList();

    private static readonly string[] AllInOrder =
        ["15-ct-tw", "quyet-dinh-9", "ke-hoach-5", "thong-bao-7", "chi-thi-20", "hoi-nghi-2023-07-03", "hoi-nghi-2024-04", "de-an-cua-khau", "de-an-xuat-khau"];

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void The_whole_timeline_lists_every_document_and_conference_in_date_order(string lang)
    {
        Assert.Equal(AllInOrder, Entries($"{lang}/timeline/").Select(e => e.Key));
    }

    [Fact]
    public void Entries_are_grouped_by_year_in_ordered_lists_and_undated_ones_come_last()
    {
        var page = Built.Page("en/timeline/");

        var groups = page.QuerySelectorAll("section.timeline-year")
            .Select(s => (s.QuerySelector("h2")!.TextContent, s.QuerySelectorAll("ol.timeline > li.timeline-entry").Length))
            .ToList();

        Assert.Equal([("2022", 2), ("2023", 4), ("2024", 1), ("Date unknown", 2)], groups);
    }

    [Theory]
    [InlineData("vi", "15-ct-tw", "2022-08-10", "10 tháng 8 năm 2022")]
    [InlineData("en", "15-ct-tw", "2022-08-10", "10 August 2022")]
    [InlineData("vi", "ke-hoach-5", "2023", "2023")]
    [InlineData("en", "ke-hoach-5", "2023", "2023")]
    [InlineData("vi", "thong-bao-7", "2023-07", "tháng 7/2023")]
    [InlineData("en", "thong-bao-7", "2023-07", "July 2023")]
    [InlineData("vi", "hoi-nghi-2024-04", "2024-04", "tháng 4/2024")]
    [InlineData("en", "hoi-nghi-2024-04", "2024-04", "April 2024")]
    public void Each_date_is_shown_and_machine_readable_at_its_own_precision(string lang, string key, string iso, string text)
    {
        var entry = Entries($"{lang}/timeline/").Single(e => e.Key == key);

        Assert.Equal(iso, entry.DateIso);
        Assert.Equal(text, entry.DateText);
    }

    [Theory]
    [InlineData("vi", "Chưa rõ ngày")]
    [InlineData("en", "Date unknown")]
    public void An_undated_entry_says_so_and_claims_no_date(string lang, string undated)
    {
        var entries = Entries($"{lang}/timeline/").Where(e => e.Key.StartsWith("de-an-", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Null(e.DateIso));
        Assert.All(entries, e => Assert.Equal(undated, e.DateText));
    }

    [Theory]
    [InlineData("vi", "năm suy ra từ ngữ cảnh")]
    [InlineData("en", "year inferred from context")]
    public void Inferred_dates_and_only_those_are_marked(string lang, string label)
    {
        var entries = Entries($"{lang}/timeline/");

        Assert.Equal(["quyet-dinh-9", "hoi-nghi-2023-07-03"], entries.Where(e => e.Inferred).Select(e => e.Key));
        var marks = Built.Page($"{lang}/timeline/").QuerySelectorAll(".inferred").Select(m => m.TextContent).Distinct();
        Assert.Equal([$"({label})"], marks);
    }

    [Theory]
    [InlineData("vi", "chi-thi-20", "Chỉ thị số 20/CT-TTg")]
    [InlineData("en", "chi-thi-20", "Directive No. 20/CT-TTg")]
    [InlineData("en", "hoi-nghi-2023-07-03", "Conference on economic diplomacy for the second half of 2023")]
    [InlineData("en", "hoi-nghi-2024-04", "Hội nghị ngoại giao kinh tế năm 2024")] // not translated yet: its one name
    public void Entries_are_named_in_the_pages_language(string lang, string key, string name)
    {
        Assert.Equal(name, Entries($"{lang}/timeline/").Single(e => e.Key == key).Name);
    }

    [Fact]
    public void An_entry_links_to_its_page_its_issuer_or_chair_and_the_articles_that_mention_it()
    {
        var resolver = new LinkResolver(Built, BuiltKnowledgeSite.SiteUrl);
        var entry = Built.Page("en/timeline/").QuerySelectorAll("li.timeline-entry")
            .Single(li => li.QuerySelector("h3 a")!.GetAttribute("href")!.EndsWith("/documents/15-ct-tw/", StringComparison.Ordinal));

        var links = entry.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Equal(
        [
            ("Directive No. 15-CT/TW", "/repo/en/documents/15-ct-tw/"),
            ("Secretariat of the Party Central Committee", "/repo/en/organisations/ban-bi-thu/"),
            ("Article not yet translated", "/repo/en/articles/xuat-khau-thang-8/"),
            ("Implementing Directive No. 20/CT-TTg on exports", "/repo/en/articles/trien-khai-chi-thi-20/"),
            ("Economic diplomacy results in 2023", "/repo/en/articles/ket-qua-nam-2023/"),
        ], links);
        Assert.All(links, l => Assert.NotNull(resolver.FileFor(new PageLink("en/timeline/index.html", "a", l.Item2!))));
        Assert.Contains("The Secretariat's directive on economic diplomacy.", entry.TextContent);
    }

    [Theory]
    [InlineData("documents", new[] { "15-ct-tw", "quyet-dinh-9", "ke-hoach-5", "thong-bao-7", "chi-thi-20", "de-an-cua-khau", "de-an-xuat-khau" })]
    [InlineData("conferences", new[] { "hoi-nghi-2023-07-03", "hoi-nghi-2024-04" })]
    [InlineData("2022", new[] { "15-ct-tw", "quyet-dinh-9" })]
    [InlineData("2023", new[] { "ke-hoach-5", "thong-bao-7", "chi-thi-20", "hoi-nghi-2023-07-03" })]
    [InlineData("2024", new[] { "hoi-nghi-2024-04" })]
    public void A_filter_page_holds_exactly_its_entries_in_date_order(string filter, string[] keys)
    {
        Assert.Equal(keys, Entries($"vi/timeline/{filter}/").Select(e => e.Key));
        Assert.Equal(keys, Entries($"en/timeline/{filter}/").Select(e => e.Key));
    }

    [Fact]
    public void There_is_a_year_page_for_each_year_with_entries_and_no_other()
    {
        var timelineFolders = Built.Files()
            .Where(f => f.StartsWith("vi/timeline/", StringComparison.Ordinal))
            .Select(f => f["vi/timeline/".Length..])
            .ToList();

        Assert.Equal(["2022/index.html", "2023/index.html", "2024/index.html", "conferences/index.html", "documents/index.html", "index.html"], timelineFolders);
        var yearLinks = Built.Page("vi/timeline/").QuerySelectorAll(".filter-years a").Select(a => (a.TextContent, a.GetAttribute("href")));
        Assert.Equal([("2022", "/repo/vi/timeline/2022/"), ("2023", "/repo/vi/timeline/2023/"), ("2024", "/repo/vi/timeline/2024/")], yearLinks);
    }

    [Theory]
    [InlineData("en/timeline/", "Timeline")]
    [InlineData("en/timeline/documents/", "Documents over time")]
    [InlineData("en/timeline/conferences/", "Conferences over time")]
    [InlineData("en/timeline/2023/", "2023")]
    public void The_current_filter_is_marked_and_not_a_link(string page, string current)
    {
        var marked = Built.Page(page).QuerySelectorAll(".timeline-filters [aria-current=page]").Select(e => e.TextContent).ToList();

        Assert.Equal([current], marked);
        Assert.DoesNotContain(current, Built.Page(page).QuerySelectorAll(".timeline-filters a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("vi/timeline/", 7)]
    [InlineData("en/timeline/", 7)]
    [InlineData("en/timeline/documents/", 5)]
    [InlineData("en/timeline/conferences/", 2)]
    [InlineData("en/timeline/2022/", 2)]
    [InlineData("en/timeline/2023/", 4)]
    [InlineData("en/timeline/2024/", 1)]
    public void The_picture_is_well_formed_svg_with_one_mark_per_dated_entry(string page, int dated)
    {
        var svg = Assert.Single(SvgDocuments.In(Built.Raw(page + "index.html"), "timeline-svg"));

        Assert.Equal(dated, svg.WithClass("tl-mark").Count());
        Assert.Equal(dated, Entries(page).Count(e => e.DateIso is not null));
    }

    [Theory]
    [InlineData("vi/timeline/")]
    [InlineData("en/timeline/")]
    [InlineData("en/timeline/2023/")]
    public void Every_mark_has_a_label_with_its_date_as_the_page_writes_it(string page)
    {
        var svg = SvgDocuments.In(Built.Raw(page + "index.html"), "timeline-svg").Single();
        var labels = svg.WithClass("tl-mark").Select(g => g.WithClass("tl-label").Single().Value).ToList();

        var dated = Entries(page).Where(e => e.DateIso is not null).ToList();
        Assert.Equal(dated.Count, labels.Count);
        for (var i = 0; i < dated.Count; i++)
            Assert.StartsWith(dated[i].DateText + " · ", labels[i]);
    }

    [Theory]
    [InlineData("vi/timeline/", "Dòng thời gian")]
    [InlineData("en/timeline/", "Timeline")]
    [InlineData("en/timeline/conferences/", "Conferences over time")]
    public void The_picture_has_a_title_and_a_description_it_is_labelled_by(string page, string title)
    {
        var svg = SvgDocuments.In(Built.Raw(page + "index.html"), "timeline-svg").Single().Root!;

        Assert.Equal("img", svg.Attribute("role")?.Value);
        var titleElement = svg.Element(SvgDocuments.Svg + "title")!;
        var desc = svg.Element(SvgDocuments.Svg + "desc")!;
        Assert.Equal(title, titleElement.Value);
        Assert.False(string.IsNullOrWhiteSpace(desc.Value));
        Assert.Equal($"{titleElement.Attribute("id")!.Value} {desc.Attribute("id")!.Value}", svg.Attribute("aria-labelledby")?.Value);
    }

    [Fact]
    public void The_picture_places_later_dates_further_down_the_axis()
    {
        var svg = SvgDocuments.In(Built.Raw("en/timeline/index.html"), "timeline-svg").Single();

        // The leader line starts at the mark's place on the axis.
        var ys = svg.WithClass("tl-mark")
            .Select(g => g.WithClass("tl-leader").Single().Attribute("points")!.Value.Split(' ')[0].Split(',')[1])
            .Select(y => double.Parse(y, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        Assert.Equal(7, ys.Count);
        Assert.Equal(ys.Order(), ys);
        Assert.True(ys[^1] > ys[0]);
    }

    [Fact]
    public void A_date_known_only_to_the_month_or_year_is_drawn_as_a_span_and_a_day_is_not()
    {
        var svg = SvgDocuments.In(Built.Raw("en/timeline/2023/index.html"), "timeline-svg").Single();

        var spans = svg.WithClass("tl-mark").Select(g => g.WithClass("tl-span").Any()).ToList();

        // 2023, July 2023, 1 July 2023, 3 July 2023
        Assert.Equal([true, true, false, false], spans);
    }
}
