using StaticKb.Import.Figures;

namespace StaticKb.Tests.Import.Figures;

public class FigureFinderTests
{
    private static IReadOnlyList<Figure> Find(string sentence) => FigureFinder.Find([sentence]);

    [Fact]
    public void A_percentage_with_its_measure_and_period()
    {
        var f = Assert.Single(Find("Tăng trưởng GDP 6 tháng đầu năm 2025 đạt 7,52%, là mức cao nhất trong 15 năm qua, cao nhất ASEAN."));
        Assert.Equal(new Figure("7,52", "%", "Tăng trưởng GDP", "6 tháng đầu năm 2025"), f);
    }

    [Fact]
    public void A_range_without_spaces()
    {
        var f = Assert.Single(Find("Chính phủ tập trung chỉ đạo các bộ, ngành, địa phương quyết tâm, nỗ lực phấn đấu đạt mục tiêu tăng trưởng kinh tế cả năm 2024 từ 6,5-7%, tiếp tục đẩy mạnh triển khai ba đột phá chiến lược."));
        Assert.Equal(new Figure("6,5-7", "%", "mục tiêu tăng trưởng kinh tế", "cả năm 2024"), f);
    }

    [Fact]
    public void A_range_with_spaces_and_the_period_after_it()
    {
        var f = Assert.Single(Find("tạo môi trường hòa bình, hợp tác, phát triển; bảo đảm mục tiêu tăng trưởng từ 8,3 - 8,5% trong năm 2025; thực hiện đường lối đối ngoại."));
        Assert.Equal(new Figure("8,3 - 8,5", "%", "mục tiêu tăng trưởng", "năm 2025"), f);
    }

    [Theory]
    [InlineData("Kim ngạch xuất khẩu quý I năm 2025 tăng 13,6% so với cùng kỳ.", "13,6", "Kim ngạch xuất khẩu tăng", "quý I năm 2025")]
    [InlineData("Lạm phát năm 2024 được kiểm soát ở mức khoảng 3,6%.", "khoảng 3,6", "Lạm phát được kiểm soát", "năm 2024")]
    [InlineData("Tỷ lệ giải ngân vốn đầu tư công đạt hơn 40% kế hoạch.", "hơn 40", "Tỷ lệ giải ngân vốn đầu tư công", null)]
    public void New_percentages_of_the_same_shape(string sentence, string value, string measure, string? period)
    {
        var f = Assert.Single(Find(sentence));
        Assert.Equal(new Figure(value, "%", measure, period), f);
    }

    [Theory]
    [InlineData("nước ta đã nâng cấp quan hệ với 10 nước, ký kết 253 thỏa thuận hợp tác, gấp đôi năm 2024", "253", "thỏa thuận hợp tác", "ký kết thỏa thuận hợp tác")]
    [InlineData("Trong gần 50 hoạt động đối ngoại của lãnh đạo chủ chốt 6 tháng đầu năm 2025, nước ta đạt nhiều kết quả.", "gần 50", "hoạt động đối ngoại", "hoạt động đối ngoại của lãnh đạo chủ chốt")]
    [InlineData("Quan hệ đối ngoại tiếp tục được mở rộng và khuôn khổ quan hệ với 30 đối tác chiến lược, đối tác toàn diện được củng cố.", "30", "đối tác chiến lược", "đối tác chiến lược")]
    [InlineData("Phát huy tối đa nguồn lực từ cộng đồng 6 triệu người Việt Nam ở nước ngoài, bảo vệ quyền lợi.", "6 triệu", "người", "người Việt Nam ở nước ngoài")]
    [InlineData("Tỉnh đã thu hút 1.250 dự án đầu tư nước ngoài.", "1.250", "dự án đầu tư nước ngoài", "thu hút dự án đầu tư nước ngoài")]
    [InlineData("Kim ngạch thương mại song phương đạt 2,5 tỷ USD.", "2,5 tỷ", "USD", "Kim ngạch thương mại song phương")]
    public void Counts_with_the_noun_they_count(string sentence, string value, string unit, string measure)
    {
        var f = Find(sentence).First(x => x.Value == value);
        Assert.Equal((unit, measure), (f.Unit, f.Measure));
    }

    [Fact]
    public void A_clause_that_only_says_up_or_down_borrows_the_subject_of_the_clause_before()
    {
        var figures = Find("6 tháng đầu năm 2024, vốn FDI đăng ký vào Việt Nam đạt 15,19 tỷ USD, tăng 13,1% so với cùng kỳ.");
        Assert.Equal(new Figure("15,19 tỷ", "USD", "vốn FDI đăng ký vào Việt Nam", "6 tháng đầu năm 2024"), figures[0]);
        Assert.Equal(new Figure("13,1", "%", "vốn FDI đăng ký vào Việt Nam tăng", "6 tháng đầu năm 2024"), figures[1]);
    }

    [Fact]
    public void A_count_takes_the_sentence_period_when_its_clause_has_none()
    {
        var f = Find("Trong gần 50 hoạt động đối ngoại của lãnh đạo chủ chốt 6 tháng đầu năm 2025, nước ta đã nâng cấp quan hệ với 10 nước, ký kết 253 thỏa thuận hợp tác, gấp đôi năm 2024.")
            .Single(x => x.Value == "253");
        Assert.Equal("6 tháng đầu năm 2025", f.Period);
    }

    [Theory]
    [InlineData("là mức cao nhất trong 15 năm qua")]              // time span
    [InlineData("Chỉ thị số 15 ngày 10/8/2022 của Ban Bí thư")]   // document and date
    [InlineData("Nghị quyết 222/2025/QH15 về Trung tâm tài chính")]
    [InlineData("Đại hội Đảng lần thứ 13 và năm 2024 cũng vậy")]
    [InlineData("Thứ 4, 03.04.2024 | 09:12:20")]
    [InlineData("nâng số lượng di sản được UNESCO công nhận lên 62, góp phần")] // no noun
    [InlineData("trong 6 tháng cuối năm 2023")]
    public void Things_that_are_not_key_figures(string sentence) => Assert.Empty(Find(sentence));

    [Fact]
    public void The_same_figure_stated_twice_is_listed_once() =>
        Assert.Single(FigureFinder.Find(["bảo đảm mục tiêu tăng trưởng từ 8,3 - 8,5% trong năm 2025.", "Cho rằng nhiệm vụ đạt mục tiêu tăng trưởng 8,3 - 8,5% trong năm 2025 là rất nặng nề."]));
}
