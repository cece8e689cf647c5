using StaticKb.Import.Dates;

namespace StaticKb.Tests.Import.Dates;

public class YearContextTests
{
    [Theory]
    [InlineData("đẩy mạnh công tác ngoại giao kinh tế 6 tháng cuối năm 2023 do Bộ Ngoại giao tổ chức", 2023, "6 tháng cuối năm 2023")]
    [InlineData("chuẩn bị tốt các hoạt động trong nửa cuối năm 2024", 2024, "nửa cuối năm 2024")]
    [InlineData("tăng trưởng kinh tế cả năm 2024 từ 6,5-7%", 2024, "cả năm 2024")]
    public void Year_phrases(string text, int year, string phrase)
    {
        var found = YearContext.Find(text, [])!;
        Assert.Equal((year, phrase), (found.Year, found.Evidence));
    }

    [Fact]
    public void The_lead_wins_over_the_body() =>
        Assert.Equal(2025, YearContext.Find("mục tiêu 6 tháng cuối năm 2025", ["năm 2024", "năm 2024"])!.Year);

    [Fact]
    public void Dates_of_documents_and_targets_are_not_context() =>
        Assert.Null(YearContext.Find("Chỉ thị 15-CT/TW ngày 10/8/2022 về ngoại giao kinh tế đến năm 2030", []));
}
