using AngleSharp.Dom;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.RealContent;

/// <summary>
/// The timeline of the repository's own content (issue 6, "done when"): the directive, resolutions, notice and the
/// conferences the five articles report, each at the precision its sources support, in both languages.
/// </summary>
[Collection(RealSiteCollection.Name)]
public class RealTimelineTests(BuiltRealSite fixture)
{
    private BuiltSite Built => fixture.Built;

    public sealed record Expected(string Page, string Iso, string Vi, string En, string ViName, string EnName, bool Inferred);

    private static readonly Expected[] Milestones =
    [
        new("documents/15-ct-tw", "2022-08-10", "10 tháng 8 năm 2022", "10 August 2022", "Chỉ thị số 15-CT/TW", "Directive No. 15-CT/TW", false),
        new("documents/21-nq-cp", "2023-02-20", "20 tháng 2 năm 2023", "20 February 2023", "Nghị quyết số 21/NQ-CP", "Resolution No. 21/NQ-CP", false),
        new("conferences/hoi-nghi-ngoai-giao-kinh-te-2023-07-03", "2023-07-03", "3 tháng 7 năm 2023", "3 July 2023", "Hội nghị", "Conference", true),
        new("documents/355-tb-vpcp", "2024", "2024", "2024", "Thông báo số 355/TB-VPCP", "Notice No. 355/TB-VPCP", false),
        new("conferences/hoi-nghi-ngoai-giao-kinh-te-2024-04-02", "2024-04-02", "2 tháng 4 năm 2024", "2 April 2024", "Hội nghị", "Conference", true),
        new("documents/222-2025-qh15", "2025", "", "", "Nghị quyết số 222/2025/QH15", "Resolution No. 222/2025/QH15", false),
        new("conferences/hoi-nghi-ngoai-giao-kinh-te-2025-07-22", "2025-07-22", "22 tháng 7 năm 2025", "22 July 2025", "Hội nghị", "Conference", true),
    ];

    public static TheoryData<string, int> MilestonesInBothLanguages()
    {
        var data = new TheoryData<string, int>();
        foreach (var lang in new[] { "vi", "en" })
            for (var i = 0; i < Milestones.Length; i++)
                data.Add(lang, i);
        return data;
    }

    private IElement EntryFor(string lang, string page, string timeline = "timeline/") =>
        Built.Page($"{lang}/{timeline}").QuerySelectorAll("li.timeline-entry")
            .Single(li => li.QuerySelector("h3 a")!.GetAttribute("href") == $"/statickb/{lang}/{page}/");

    [Theory]
    [MemberData(nameof(MilestonesInBothLanguages))]
    public void The_timeline_lists_each_milestone_at_the_precision_its_sources_support(string lang, int index)
    {
        var expected = Milestones[index];

        var entry = EntryFor(lang, expected.Page);

        var time = entry.QuerySelector("p.meta time")!;
        Assert.StartsWith(expected.Iso, time.GetAttribute("datetime"));
        if (expected.Vi.Length > 0) Assert.Equal(lang == "vi" ? expected.Vi : expected.En, time.TextContent);
        Assert.StartsWith(lang == "vi" ? expected.ViName : expected.EnName, entry.QuerySelector("h3 a")!.TextContent);
        Assert.Equal(expected.Inferred, entry.QuerySelector(".inferred") is not null);
        Assert.True(Built.Exists($"{lang}/{expected.Page}/index.html"));
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void The_milestones_are_in_date_order(string lang)
    {
        var order = Built.Page($"{lang}/timeline/").QuerySelectorAll("li.timeline-entry h3 a")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => Milestones.Any(m => href == $"/statickb/{lang}/{m.Page}/"))
            .ToList();

        Assert.Equal(Milestones.Select(m => $"/statickb/{lang}/{m.Page}/"), order);
    }

    [Theory]
    [InlineData("vi", "documents/")]
    [InlineData("en", "conferences/")]
    [InlineData("en", "2024/")]
    public void The_milestones_are_on_their_filter_pages(string lang, string filter)
    {
        var onPage = Built.Page($"{lang}/timeline/{filter}").QuerySelectorAll("li.timeline-entry h3 a").Select(a => a.GetAttribute("href")).ToList();

        foreach (var m in Milestones)
        {
            var belongs = filter switch
            {
                "documents/" => m.Page.StartsWith("documents/", StringComparison.Ordinal),
                "conferences/" => m.Page.StartsWith("conferences/", StringComparison.Ordinal),
                _ => m.Iso.StartsWith(filter[..4], StringComparison.Ordinal),
            };
            Assert.Equal(belongs, onPage.Contains($"/statickb/{lang}/{m.Page}/"));
        }
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Every_document_and_conference_of_the_content_is_on_the_timeline(string lang)
    {
        var expected = fixture.Linked.Entities
            .Select(p => p.Primary("vi"))
            .Where(e => e.Kind is StaticKb.Model.EntityKind.Document or StaticKb.Model.EntityKind.Conference)
            .Select(e => $"/statickb/{lang}/{e.Kind.ToString().ToLowerInvariant()}s/{e.TranslationKey}/")
            .Order(StringComparer.Ordinal);

        var listed = Built.Page($"{lang}/timeline/").QuerySelectorAll("li.timeline-entry h3 a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal);

        Assert.Equal(expected, listed);
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void The_picture_of_the_real_timeline_is_well_formed_with_a_mark_per_dated_entry(string lang)
    {
        var svg = SvgDocuments.In(Built.Raw($"{lang}/timeline/index.html"), "timeline-svg").Single();
        var dated = Built.Page($"{lang}/timeline/").QuerySelectorAll("li.timeline-entry p.meta time").Length;

        Assert.Equal(dated, svg.WithClass("tl-mark").Count());
        Assert.All(svg.WithClass("tl-mark"), g => Assert.False(string.IsNullOrWhiteSpace(g.WithClass("tl-label").Single().Value)));
        Assert.Contains(lang == "vi" ? "10 tháng 8 năm 2022 · 15-CT/TW" : "10 August 2022 · 15-CT/TW", svg.WithClass("tl-label").Select(t => t.Value));
    }

    [Fact]
    public void Every_link_on_the_timeline_pages_leads_to_a_page_of_the_site()
    {
        var resolver = new LinkResolver(Built, fixture.SiteUrl);
        var pages = Built.HtmlFiles().Where(f => f.Contains("/timeline/", StringComparison.Ordinal)).ToList();

        var broken = pages
            .SelectMany(page => Built.Page(page).QuerySelectorAll("main a[href]").Select(a => new PageLink(page, "a[href]", a.GetAttribute("href")!)))
            .Where(l => resolver.IsInternal(l) && resolver.FileFor(l) is null)
            .ToList();

        Assert.Contains("en/timeline/2022/index.html", pages);
        Assert.Empty(broken);
    }
}
