using StaticKb.Import;

namespace StaticKb.Tests.Import;

public class SlugTests
{
    [Theory]
    [InlineData("Đẩy mạnh ngoại giao kinh tế thúc đẩy tăng trưởng trong 6 tháng cuối năm", "day-manh-ngoai-giao-kinh-te-thuc-day-tang-truong-trong-6-thang-cuoi-nam")]
    [InlineData("Phạm Minh Chính", "pham-minh-chinh")]
    [InlineData("15-CT/TW", "15-ct-tw")]
    [InlineData("21/NQ-CP", "21-nq-cp")]
    [InlineData("355/TB-VPCP", "355-tb-vpcp")]
    [InlineData("222/2025/QH15", "222-2025-qh15")]
    [InlineData("Bộ Văn hóa, Thể thao và Du lịch", "bo-van-hoa-the-thao-va-du-lich")]
    [InlineData("  ĐỒNG CHÍ — Ưu tiên!  ", "dong-chi-uu-tien")]
    [InlineData("Bộ Lao động-Thương binh và Xã hội", "bo-lao-dong-thuong-binh-va-xa-hoi")]
    public void Folds_Vietnamese_to_lower_case_ascii_words_joined_by_dashes(string text, string slug) =>
        Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void Folds_decomposed_text_like_composed_text() =>
        Assert.Equal("day-manh", Slug.From("\u0110a\u0302\u0309y ma\u0323nh"));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary_within_80_characters()
    {
        var slug = Slug.From("Thủ tướng Chính phủ Phạm Minh Chính dự Hội nghị đẩy mạnh triển khai công tác ngoại giao kinh tế phục vụ phát triển");
        Assert.True(slug.Length <= 80, slug);
        Assert.Equal("thu-tuong-chinh-phu-pham-minh-chinh-du-hoi-nghi-day-manh-trien-khai-cong-tac", slug);
    }
}
