using StaticKb.Tests.Support;

namespace StaticKb.Tests.Render;

/// <summary>Regression tests for fixed bugs of the timeline pages.</summary>
[Collection(KnowledgeSiteCollection.Name)]
public class Regressions_TimelineTests(BuiltKnowledgeSite fixture)
{
    /// <summary>
    /// TimelinePages.Build (generator/Render/Pages/TimelinePages.cs, lines 45-46) writes the picture's text alternative
    /// with the first and last year of the <em>whole</em> timeline (<c>years</c>), not of the entries drawn on the page:
    /// the 2023 page's picture is described to screen-reader users as "from 2022 to 2024", the conferences page as
    /// starting in a year with no conference. Fix: take the years from <c>marks</c>
    /// (<c>marks.Min(m =&gt; m.Date.Year)</c> / <c>Max</c>), as TimelineSvg.Render does for the axis.
    /// </summary>
    [Theory]
    [InlineData("en/timeline/2023/", "Time axis with 4 entries, from 2023 to 2023.")]
    [InlineData("en/timeline/conferences/", "Time axis with 2 entries, from 2023 to 2024.")]
    [InlineData("vi/timeline/2024/", "Trục thời gian với 1 mục, từ năm 2024 đến năm 2024.")]
    public void The_pictures_description_names_the_years_it_shows(string page, string description)
    {
        var svg = SvgDocuments.In(fixture.Built.Raw(page + "index.html"), "timeline-svg").Single();

        Assert.Equal(description, svg.Root!.Element(SvgDocuments.Svg + "desc")!.Value);
    }

    /// <summary>
    /// An article that annotates an entity in its body (<c>[[document/thong-bao-7]]</c>) without also listing it in
    /// front matter is shown under "Mentioned in" on the entity's page (ViewBuilder.Backlinks merges the annotations
    /// found while rendering) but not on the timeline: LinkedSite.ArticlesListing (generator/Link/LinkedSite.cs)
    /// looks at front matter only, and ViewBuilder.TimelineEntry (generator/Render/Pages/ViewBuilder.cs,
    /// line 130) uses those keys as they are. Nothing warns the editor either. Fix: in ViewBuilder.TimelineEntry, add the
    /// article keys of <c>_mentions[entityId]</c> as Backlinks does (articles are rendered before the timeline), or
    /// have the Link stage report an annotated entity that front matter does not list.
    /// </summary>
    [Fact]
    public void The_timeline_and_the_entity_page_agree_on_the_articles_that_mention_an_entity()
    {
        using var site = FixtureSite.Copy("knowledge");
        var file = "content/vi/articles/ket-qua-nam-2023.md";
        site.Write(file, site.ReadText(file).Replace("entities: [document/ke-hoach-5, document/thong-bao-7, document/15-ct-tw]",
            "entities: [document/ke-hoach-5, document/15-ct-tw]"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        var built = new BuiltSite(site.OutputDir);

        var onEntityPage = built.Page("vi/documents/thong-bao-7/").QuerySelectorAll("ol.backlinks > li > a").Select(a => a.GetAttribute("href")).ToList();
        var onTimeline = built.Page("vi/timeline/").QuerySelectorAll("li.timeline-entry")
            .Single(li => li.QuerySelector("h3 a")!.GetAttribute("href")!.EndsWith("/thong-bao-7/", StringComparison.Ordinal))
            .QuerySelectorAll("ul a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/repo/vi/articles/ket-qua-nam-2023/"], onEntityPage);
        Assert.Equal(onEntityPage, onTimeline);
    }

    /// <summary>
    /// TimelinePages.ShortName (generator/Render/Pages/TimelinePages.cs, line 64) labels a document on the picture by
    /// <c>entry.Entity.ByLanguage.Values.First().Number</c>: the number of whichever language file was loaded first
    /// (content/en/… sorts before content/vi/…), not the source's. An English entity file that does not repeat
    /// <c>number:</c> (the entity page takes the number from the Vietnamese file, so translators need not) makes both
    /// pictures fall back to the full name ("10 August 2022 · Directive No. 15-CT/TW", cut at 40 characters) instead
    /// of the number. Fix: <c>entry.Entity.Primary(source).Number</c>, as ViewBuilder.Entity does for the facts.
    /// </summary>
    [Theory]
    [InlineData("en/timeline/", "10 August 2022 · 15-CT/TW")]
    [InlineData("vi/timeline/", "10 tháng 8 năm 2022 · 15-CT/TW")]
    public void A_document_is_labelled_by_its_number_in_the_picture(string page, string label)
    {
        var svg = SvgDocuments.In(fixture.Built.Raw(page + "index.html"), "timeline-svg").Single();

        Assert.Contains(label, svg.WithClass("tl-label").Select(t => t.Value));
    }
}
