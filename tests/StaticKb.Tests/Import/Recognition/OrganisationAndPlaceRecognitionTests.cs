using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import.Recognition;

public class OrganisationAndPlaceRecognitionTests
{
    [Theory]
    [InlineData("Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp", "organisation/bo-van-hoa-the-thao-va-du-lich|Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData("Bộ Lao động-Thương binh và Xã hội chủ trì", "organisation/bo-lao-dong-thuong-binh-va-xa-hoi|Bộ Lao động-Thương binh và Xã hội")]
    [InlineData("Bộ Công an chủ trì, phối hợp với Bộ Ngoại giao và các cơ quan", "organisation/bo-cong-an|Bộ Công an")]
    [InlineData("năm 2023, UBND tỉnh Lạng Sơn (Việt Nam) và khu tự trị", "organisation/uy-ban-nhan-dan-tinh-lang-son|UBND tỉnh Lạng Sơn")]
    [InlineData("dưới sự lãnh đạo của Ban Chấp hành Trung ương Đảng mà trực tiếp", "organisation/ban-chap-hanh-trung-uong-dang|Ban Chấp hành Trung ương Đảng")]
    public void Known_organisations(string sentence, string mention) => Assert.Contains(mention, Recognise.Mentions(sentence));

    [Theory]
    [InlineData("Bộ Kế hoạch và Đầu tư đề xuất", "organisation/bo-ke-hoach-va-dau-tu|Bộ Kế hoạch và Đầu tư")]
    [InlineData("Bộ Tài chính chủ trì", "organisation/bo-tai-chinh|Bộ Tài chính")]
    [InlineData("Bộ Y tế và Bộ Giáo dục và Đào tạo", "organisation/bo-giao-duc-va-dao-tao|Bộ Giáo dục và Đào tạo")]
    [InlineData("Bộ Y tế và Bộ Giáo dục và Đào tạo", "organisation/bo-y-te|Bộ Y tế")]
    [InlineData("Bộ Thông tin và Truyền thông, Bộ Quốc phòng", "organisation/bo-thong-tin-va-truyen-thong|Bộ Thông tin và Truyền thông")]
    [InlineData("Bộ Tài nguyên và Môi trường phối hợp", "organisation/bo-tai-nguyen-va-moi-truong|Bộ Tài nguyên và Môi trường")]
    [InlineData("Ủy ban nhân dân tỉnh Quảng Ninh ban hành", "organisation/uy-ban-nhan-dan-tinh-quang-ninh|Ủy ban nhân dân tỉnh Quảng Ninh")]
    [InlineData("UBND thành phố Hải Phòng đề nghị", "organisation/uy-ban-nhan-dan-thanh-pho-hai-phong|UBND thành phố Hải Phòng")]
    [InlineData("Tỉnh ủy Bắc Giang chỉ đạo", "organisation/tinh-uy-bac-giang|Tỉnh ủy Bắc Giang")]
    public void New_organisations_by_shape(string sentence, string mention) => Assert.Contains(mention, Recognise.Mentions(sentence));

    [Fact]
    public void Two_bodies_joined_by_va_stay_two_bodies() =>
        Assert.Equal(["organisation/bo-chinh-tri|Bộ Chính trị", "organisation/ban-bi-thu|Ban Bí thư"],
            Recognise.Mentions("thường xuyên là Bộ Chính trị và Ban Bí thư, đứng đầu"));

    [Theory]
    [InlineData("Bộ Ngoại giao Trung Quốc cho biết")]
    [InlineData("Bộ Thương mại Mỹ công bố")]
    public void A_ministry_followed_by_a_country_is_foreign_and_not_ours(string sentence) =>
        Assert.DoesNotContain(Recognise.Mentions(sentence), m => m.StartsWith("organisation/bo-"));

    [Theory]
    [InlineData("Bộ trưởng Bộ Ngoại giao báo cáo")] // "Bộ trưởng" is a title
    [InlineData("các bộ, ngành, địa phương")]
    [InlineData("Chủ tịch UBND tỉnh dự hội nghị")] // no province named
    public void Not_organisations(string sentence) =>
        Assert.DoesNotContain(Recognise.Mentions(sentence), m => m.StartsWith("organisation/") && !m.Contains("bo-ngoai-giao"));

    [Fact]
    public void The_body_inside_a_fixed_title_is_part_of_the_title()
    {
        var mentions = Recognise.Mentions("Thủ tướng Chính phủ Phạm Minh Chính và Chính phủ");
        Assert.Equal(["person/pham-minh-chinh|Phạm Minh Chính", "organisation/chinh-phu|Chính phủ"], mentions);
    }

    [Theory]
    [InlineData("dự hội nghị tại điểm cầu tỉnh Lạng Sơn.", "place/lang-son|Lạng Sơn")]
    [InlineData("Quang cảnh Hội nghị tại điểm cầu tỉnh Vĩnh Long", "place/vinh-long|Vĩnh Long")]
    [InlineData("hợp tác trên nhiều lĩnh vực với Quảng Tây, Trung Quốc.", "place/quang-tay|Quảng Tây")]
    [InlineData("khu kinh tế do doanh nghiệp Việt Nam đầu tư tại Cuba.", "place/cuba|Cuba")]
    public void Known_places(string sentence, string mention) => Assert.Contains(mention, Recognise.Mentions(sentence));

    [Theory]
    [InlineData("đoàn công tác của tỉnh Quảng Ninh", "place/quang-ninh|Quảng Ninh")]
    [InlineData("tại thành phố Hồ Chí Minh", "place/ho-chi-minh|Hồ Chí Minh")]
    [InlineData("tại TP. Đà Nẵng", "place/da-nang|Đà Nẵng")]
    public void New_places_after_tinh_or_thanh_pho(string sentence, string mention) => Assert.Contains(mention, Recognise.Mentions(sentence));

    [Theory]
    [InlineData("BẮC NINH - Chiều tối 22/7, tại Trụ sở Chính phủ", "place/bac-ninh|BẮC NINH")]
    [InlineData("HẢI PHÒNG - Sáng 5/6, thành phố tổ chức", "place/hai-phong|HẢI PHÒNG")]
    public void An_upper_case_dateline_is_a_place(string lead, string mention) => Assert.Equal(mention, Recognise.Mentions(lead)[0]);

    [Fact]
    public void A_new_place_from_the_dateline_is_annotated_where_named_again()
    {
        var article = Recognise.Article("HÀ NỘI - Sáng 11/7, tại Hà Nội, Bộ Ngoại giao tổ chức hội nghị.", []);
        Assert.Equal(["place/ha-noi|HÀ NỘI", "place/ha-noi|Hà Nội"], article.BlockMentions[0].Where(m => m.Kind == "place").Select(m => $"{m.Ref}|{m.Surface}"));
    }

    [Fact]
    public void The_longest_mention_wins() =>
        Assert.Equal(["organisation/uy-ban-nhan-dan-tinh-lang-son|UBND tỉnh Lạng Sơn"], Recognise.Mentions("UBND tỉnh Lạng Sơn"));
}

public class ForeignBodiesTests
{
    [Theory]
    [InlineData("Chính phủ Nhật Bản cam kết hỗ trợ")]
    [InlineData("Bộ Ngoại giao Hàn Quốc thông báo")]
    [InlineData("phái đoàn Quốc hội Lào sang thăm")]
    public void A_known_body_followed_by_a_country_is_that_country_s(string sentence) =>
        Assert.DoesNotContain(Recognise.Mentions(sentence), m => m.StartsWith("organisation/"));

    [Theory]
    [InlineData("Chính phủ Việt Nam cam kết", "organisation/chinh-phu|Chính phủ")]
    [InlineData("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn", "organisation/bo-ngoai-giao|Bộ Ngoại giao")]
    [InlineData("Ban Chấp hành Trung ương Đảng", "organisation/ban-chap-hanh-trung-uong-dang|Ban Chấp hành Trung ương Đảng")]
    public void Our_bodies_stay_ours(string sentence, string mention) => Assert.Contains(mention, Recognise.Mentions(sentence));
}
