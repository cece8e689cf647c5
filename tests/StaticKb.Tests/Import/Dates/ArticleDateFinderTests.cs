using StaticKb.Import.Dates;
using StaticKb.Import.Layout;
using StaticKb.Model;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import.Dates;

public class ArticleDateFinderTests
{
    private static PartialDate? DateOf(string text) => ArticleDateFinder.Find(SeedLayout.Parse(SeedFixtures.Of(text))).Date;

    [Theory]
    [InlineData(0, "2024", DatePrecision.Year, true)]     // only years: "6 tháng cuối năm 2024", "năm 2024"
    [InlineData(1, "2024-04-03", DatePrecision.Day, false)] // the page's date line
    [InlineData(2, "2022", DatePrecision.Year, true)]     // only "năm 2022"
    [InlineData(3, "2023-07-03", DatePrecision.Day, true)] // "Chiều tối 3/7" + "6 tháng cuối năm 2023"
    [InlineData(4, "2025-07-22", DatePrecision.Day, true)] // "Chiều tối 22/7" + "6 tháng cuối năm 2025"
    public void The_five_seeds(int seed, string iso, DatePrecision precision, bool inferred)
    {
        var date = ArticleDateFinder.Find(SeedLayout.Parse(SeedFixtures.Read(seed))).Date!;
        Assert.Equal((iso, precision, inferred), (date.Iso, date.Precision, date.Inferred));
    }

    [Fact]
    public void A_full_date_at_the_start_of_the_lead_is_not_inferred()
    {
        var date = DateOf("Tiêu đề\nNgày 15/3/2025, Bộ Ngoại giao tổ chức hội nghị.")!;
        Assert.Equal(("2025-03-15", false), (date.Iso, date.Inferred));
    }

    [Fact]
    public void A_time_cue_inside_the_first_sentence_counts_too()
    {
        var date = DateOf("Tiêu đề\nThủ tướng Phạm Minh Chính sáng 9/5 đã tiếp Đại sứ Nhật Bản trong nhiệm kỳ năm 2025.")!;
        Assert.Equal(("2025-05-09", true), (date.Iso, date.Inferred));
    }

    [Theory]
    [InlineData("Tiêu đề\n2/4, Văn phòng Chính phủ chủ trì hội nghị năm 2024.", "2024-04-02")]
    [InlineData("Tiêu đề\nHÀ NỘI - (2/4) Văn phòng Chính phủ chủ trì hội nghị năm 2024.", "2024-04-02")]
    public void A_day_and_month_opening_the_lead_needs_no_cue(string text, string iso)
    {
        var date = DateOf(text)!;
        Assert.Equal((iso, true), (date.Iso, date.Inferred));
    }

    [Fact]
    public void A_fraction_opening_the_lead_is_not_a_date() =>
        Assert.Equal("2024", DateOf("Tiêu đề\n1/2 số dự án năm 2024 chậm tiến độ.")!.Iso);

    [Fact]
    public void A_document_date_in_the_lead_is_not_the_event_date()
    {
        var date = DateOf("Tiêu đề\nTriển khai Chỉ thị 15-CT/TW ngày 10/8/2022 của Ban Bí thư, năm 2024 các bộ đã đạt nhiều kết quả.")!;
        Assert.Equal(("2024", true), (date.Iso, date.Inferred));
    }

    [Fact]
    public void A_day_and_month_with_no_year_anywhere_gives_no_date_rather_than_an_invented_one() =>
        Assert.Null(DateOf("Tiêu đề\nChiều 2/4, Văn phòng Chính phủ chủ trì hội nghị."));

    [Fact]
    public void Targets_do_not_date_the_article()
    {
        var date = DateOf("Tiêu đề\nChiến lược phát triển đến năm 2030 được thảo luận trong năm 2024 và năm 2024 còn nhiều việc.")!;
        Assert.Equal("2024", date.Iso);
    }

    [Fact]
    public void Complete_takes_the_publication_year_and_steps_back_over_new_year()
    {
        var published = new ArticleDate(new PartialDate(2025, 1, 2), "", null, new PartialDate(2025, 1, 2));
        var dm = VietnameseDates.CuedDates("Chiều 30/12, hội nghị").Single();
        Assert.Equal("2024-12-30", published.Complete(dm)!.Iso);
    }
}
