using StaticKb.Link;
using StaticKb.Model;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Link;

/// <summary>
/// Documents and conferences in date order, whatever precision their sources give: a year stands for its first
/// day and comes before the month and the days that start with it; entries without a date come last.
/// </summary>
[Collection(KnowledgeSiteCollection.Name)]
public class TimelineBuilderTests(BuiltKnowledgeSite fixture)
{
    private IReadOnlyList<TimelineEntry> Timeline()
    {
        var (linked, diagnostics) = fixture.Site.Link();
        Assert.Empty(diagnostics.Lines());
        return TimelineBuilder.Build(linked!);
    }

    [Fact]
    public void Entries_of_mixed_precision_are_in_date_order_and_undated_ones_last()
    {
        var entries = Timeline().Select(e => (e.Entity.Key, e.Date?.Iso)).ToList();

        Assert.Equal(
        [
            ("15-ct-tw", "2022-08-10"),
            ("quyet-dinh-9", "2022-12-30"),
            ("ke-hoach-5", "2023"),          // the year 2023 …
            ("thong-bao-7", "2023-07"),      // … before July 2023 …
            ("chi-thi-20", "2023-07-01"),    // … before its first day
            ("hoi-nghi-2023-07-03", "2023-07-03"),
            ("hoi-nghi-2024-04", "2024-04"),
            ("de-an-cua-khau", null),
            ("de-an-xuat-khau", null),
        ], entries);
    }

    [Fact]
    public void Only_documents_and_conferences_are_on_the_timeline()
    {
        var kinds = Timeline().Select(e => e.Kind).Distinct().Order();

        Assert.Equal([EntityKind.Document, EntityKind.Conference], kinds);
    }

    [Fact]
    public void Each_entry_keeps_its_precision_and_whether_it_was_inferred()
    {
        var byKey = Timeline().ToDictionary(e => e.Entity.Key);

        Assert.Equal(DatePrecision.Year, byKey["ke-hoach-5"].Date!.Precision);
        Assert.Equal(DatePrecision.Month, byKey["thong-bao-7"].Date!.Precision);
        Assert.Equal(DatePrecision.Day, byKey["chi-thi-20"].Date!.Precision);
        Assert.True(byKey["quyet-dinh-9"].Date!.Inferred);
        Assert.True(byKey["hoi-nghi-2023-07-03"].Date!.Inferred);
        Assert.False(byKey["15-ct-tw"].Date!.Inferred);
    }

    [Fact]
    public void Each_entry_lists_the_articles_that_mention_it_newest_first()
    {
        var byKey = Timeline().ToDictionary(e => e.Entity.Key);

        // 2023-08-15, 2023-07-05, then the year 2023 (its first day).
        Assert.Equal(["xuat-khau-thang-8", "trien-khai-chi-thi-20", "ket-qua-nam-2023"], byKey["15-ct-tw"].ArticleKeys);
        Assert.Equal(["trien-khai-chi-thi-20"], byKey["hoi-nghi-2023-07-03"].ArticleKeys);
        Assert.Empty(byKey["quyet-dinh-9"].ArticleKeys);
    }

    [Fact]
    public void An_entity_only_in_vietnamese_is_on_the_timeline_with_its_vietnamese_date()
    {
        var conference = Timeline().Single(e => e.Entity.Key == "hoi-nghi-2024-04");

        Assert.Null(conference.Entity.In("en"));
        Assert.Equal(new PartialDate(2024, 4), conference.Date);
    }
}
