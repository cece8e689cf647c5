using StaticKb.Import.Recognition;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import.Recognition;

public class PersonRecognitionTests
{
    [Theory]
    // From the seeds: the registry knows these people, the titles must not get in the way.
    [InlineData("Thủ tướng Chính phủ Phạm Minh Chính kết luận như sau:", "person/pham-minh-chinh|Phạm Minh Chính")]
    [InlineData("Phó Thủ tướng Trần Hồng Hà nghe giới thiệu về khu công nghiệp ViMariel", "person/tran-hong-ha|Trần Hồng Hà")]
    [InlineData("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn;", "person/tran-van-son|Trần Văn Sơn")]
    [InlineData("đứng đầu là Tổng Bí thư Tô Lâm, Chính phủ", "person/to-lam|Tô Lâm")]
    [InlineData("Đồng chí Mai Sơn chủ trì tại điểm cầu tỉnh Bắc Ninh.", "person/mai-son|Mai Sơn")]
    public void Known_people(string sentence, string mention) => Assert.Contains(mention, Recognise.Mentions(sentence));

    [Theory]
    [InlineData("Thứ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết", "person/nguyen-van-thang|Nguyễn Văn Thắng", "Thứ trưởng Bộ Tài chính")]
    [InlineData("Phó Thủ tướng Lê Thành Long dự buổi làm việc.", "person/le-thanh-long|Lê Thành Long", "Phó Thủ tướng")]
    [InlineData("Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn phát biểu.", "person/vuong-quoc-tuan|Vương Quốc Tuấn", "Chủ tịch UBND tỉnh Bắc Ninh")]
    [InlineData("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên khẳng định", "person/nguyen-hong-dien|Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương")]
    [InlineData("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu cho biết", "person/pham-quang-hieu|Phạm Quang Hiệu", "Đại sứ Việt Nam tại Nhật Bản")]
    [InlineData("Cùng dự có đồng chí Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở.", "person/hoang-van-nam|Hoàng Văn Nam", "Phó Chủ tịch UBND tỉnh")]
    [InlineData("Theo ông Lê Quang Huy, Giám đốc Sở Công Thương, xuất khẩu tăng.", "person/le-quang-huy|Lê Quang Huy", "Giám đốc Sở Công Thương")]
    [InlineData("Chủ tịch Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp Nguyễn Thị Phương dự họp.", "person/nguyen-thi-phuong|Nguyễn Thị Phương", "Chủ tịch Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp")]
    public void New_people_by_title_with_the_role_as_stated(string sentence, string mention, string role)
    {
        var article = Recognise.Article(sentence);
        Assert.Contains(mention, Recognise.AllMentions(article));
        var reference = mention.Split('|')[0];
        Assert.Equal(role, Recognise.FactsOf<PersonFacts>(article, reference).Role?.Title);
        Assert.False(article.Sightings.First(s => s.Mention.Ref == reference).Mention.Known);
    }

    [Theory]
    [InlineData("Đại sứ Việt Nam tại Hoa Kỳ Nguyễn Quốc Dũng cũng tham dự trực tuyến.", "person/nguyen-quoc-dung|Nguyễn Quốc Dũng", "Đại sứ Việt Nam tại Hoa Kỳ")]
    [InlineData("Tổng Lãnh sự Việt Nam tại Thượng Hải Ngô Minh Nguyệt cho biết", "person/ngo-minh-nguyet|Ngô Minh Nguyệt", "Tổng Lãnh sự Việt Nam tại Thượng Hải")]
    public void Ambassadors_with_the_country_between_title_and_name(string sentence, string mention, string role)
    {
        var article = Recognise.Article(sentence, []);
        Assert.Contains(mention, Recognise.AllMentions(article));
        Assert.Equal(role, Recognise.FactsOf<PersonFacts>(article, mention.Split('|')[0]).Role?.Title);
    }

    [Fact]
    public void A_new_person_introduced_by_title_is_annotated_where_named_again_without_it()
    {
        var article = Recognise.Article("Thứ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết.\nTheo Nguyễn Văn Thắng, thu ngân sách tăng.");
        Assert.Contains("person/nguyen-van-thang|Nguyễn Văn Thắng", Recognise.Mentions("Thứ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết."));
        Assert.Equal(["person/nguyen-van-thang|Nguyễn Văn Thắng"], article.BlockMentions[1].Select(m => $"{m.Ref}|{m.Surface}"));
    }

    [Fact]
    public void Appositive_titles_after_a_name_are_the_role()
    {
        var article = Recognise.Article("Đồng chí Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự hội nghị tại điểm cầu tỉnh Lạng Sơn.", []);
        Assert.Equal("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", Recognise.FactsOf<PersonFacts>(article, "person/ho-tien-thieu").Role?.Title);
    }

    [Theory]
    [InlineData("hồ sơ trình Thủ tướng Chính phủ Đề án thí điểm xây dựng cửa khẩu thông minh")]
    [InlineData("Thủ tướng Chính phủ đã chỉ đạo quyết liệt các bộ")]
    [InlineData("các Đại sứ, Trưởng Cơ quan đại diện Việt Nam ở nước ngoài")]
    [InlineData("Đại sứ Việt Nam tại Hà Nội")]
    [InlineData("thành phố Hồ Chí Minh và Đà Nẵng")]
    [InlineData("bà con kiều bào Việt Nam")]
    [InlineData("Nguyễn Văn An phát biểu.")] // a name with no title anywhere near it
    public void Capitalised_words_that_are_not_people(string sentence) =>
        Assert.DoesNotContain(Recognise.Mentions(sentence), m => m.StartsWith("person/"));

    [Fact]
    public void Every_mention_is_annotated_not_only_the_first()
    {
        var mentions = Recognise.Mentions("Thủ tướng Phạm Minh Chính chủ trì; Thủ tướng Chính phủ Phạm Minh Chính nhấn mạnh.");
        Assert.Equal(2, mentions.Count(m => m == "person/pham-minh-chinh|Phạm Minh Chính"));
    }
}
