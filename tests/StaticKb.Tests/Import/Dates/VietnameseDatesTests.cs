using StaticKb.Import.Dates;

namespace StaticKb.Tests.Import.Dates;

public class VietnameseDatesTests
{
    [Theory]
    [InlineData("Thứ 4, 03.04.2024 | 09:12:20", "2024-04-03")]
    [InlineData("Thứ Tư, 03/04/2024, 09:12 (GMT+7)", "2024-04-03")]
    [InlineData("Chủ nhật, 21-07-2024 08:00", "2024-07-21")]
    [InlineData("03/04/2024", "2024-04-03")]
    public void Date_lines(string line, string iso) => Assert.Equal(iso, VietnameseDates.HeaderDate(line)?.Iso);

    [Theory]
    [InlineData("Chỉ thị 15-CT/TW ngày 10/8/2022 của Ban Bí thư")] // prose with a date in it
    [InlineData("Thứ 4, 31.02.2024")]                          // no such day
    [InlineData("680 lượt xem")]
    public void Prose_and_impossible_dates_are_not_date_lines(string line) => Assert.Null(VietnameseDates.HeaderDate(line));

    [Theory]
    [InlineData("Chiều 2/4, Văn phòng Chính phủ chủ trì", 2, 4, null)]
    [InlineData("Chiều tối 22/7, tại Trụ sở Chính phủ", 22, 7, null)]
    [InlineData("Chiều tối 3/7, Thủ tướng", 3, 7, null)]
    [InlineData("Chỉ thị 15-CT/TW ngày 10/8/2022 của Ban Bí thư", 10, 8, 2022)]
    [InlineData("Sáng nay (5/6), đoàn công tác", 5, 6, null)]
    [InlineData("ngày 2 tháng 4 năm 2024", 2, 4, 2024)]
    public void Cued_day_and_month(string text, int day, int month, int? year)
    {
        var dm = Assert.Single(VietnameseDates.CuedDates(text));
        Assert.Equal((day, month, year), (dm.Day, dm.Month, dm.Year));
    }

    [Theory]
    [InlineData("tỷ lệ 1/2 số dự án")]
    [InlineData("trong 24/7 giờ")]
    public void A_bare_fraction_is_not_a_date(string text) => Assert.Empty(VietnameseDates.CuedDates(text));

    [Fact]
    public void A_day_and_month_without_a_year_takes_the_context_year_and_is_marked_inferred()
    {
        var dm = VietnameseDates.CuedDates("Chiều 2/4, hội nghị").Single();
        var date = dm.WithYear(2024)!;
        Assert.Equal("2024-04-02", date.Iso);
        Assert.True(date.Inferred);
        Assert.Null(dm.WithYear(null));
    }
}
