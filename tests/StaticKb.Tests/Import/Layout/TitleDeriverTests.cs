using StaticKb.Import.Layout;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import.Layout;

public class TitleDeriverTests
{
    [Fact]
    public void Seed_002_takes_the_clause_that_carries_the_verb_after_a_framing_clause()
    {
        var lead = SeedLayout.Parse(SeedFixtures.Read(2)).Lead!.Text;
        Assert.Equal("Công tác ngoại giao kinh tế của nước ta được triển khai quyết liệt", TitleDeriver.Derive(lead));
    }

    [Fact]
    public void Seed_003_drops_the_time_and_is_cut_at_a_phrase_boundary()
    {
        var lead = SeedLayout.Parse(SeedFixtures.Read(3)).Lead!.Text;
        Assert.Equal("Thủ tướng Chính phủ Phạm Minh Chính dự Hội nghị đẩy mạnh triển khai công tác ngoại giao kinh tế", TitleDeriver.Derive(lead));
    }

    [Theory]
    [InlineData("BẮC NINH - Sáng 5/6, UBND tỉnh tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp.", "UBND tỉnh tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp")]
    [InlineData("Ngày 10/8/2022, Ban Bí thư ban hành Chỉ thị số 15-CT/TW về công tác ngoại giao kinh tế.", "Ban Bí thư ban hành Chỉ thị số 15-CT/TW về công tác ngoại giao kinh tế")]
    [InlineData("Trong bối cảnh kinh tế thế giới phục hồi chậm, xuất khẩu của Việt Nam vẫn tăng trưởng khá.", "Xuất khẩu của Việt Nam vẫn tăng trưởng khá")]
    public void New_leads_of_the_same_shapes(string lead, string title) => Assert.Equal(title, TitleDeriver.Derive(lead));

    [Fact]
    public void Long_clauses_are_cut_at_a_word_boundary()
    {
        var title = TitleDeriver.Derive("Bộ trưởng Bộ Ngoại giao làm việc với các nhà đầu tư chiến lược hàng đầu thế giới về bán dẫn trí tuệ nhân tạo năng lượng sạch hydrogen xanh và nhiều lĩnh vực mới nổi khác.");
        Assert.True(title.Length <= TitleDeriver.Limit, title);
        Assert.False(title.EndsWith(' '));
        Assert.StartsWith("Bộ trưởng Bộ Ngoại giao làm việc với", title);
    }
}
