using StaticKb.Import.Recognition;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import.Recognition;

public class ConferenceRecognitionTests
{
    private static ConferenceFacts Conference(RecognisedArticle article, string key) => Recognise.FactsOf<ConferenceFacts>(article, "conference/" + key);

    [Fact]
    public void Seed_004_chair_date_and_format()
    {
        var article = Recognise.Article(string.Join('\n', SeedFixtures.Read(4).Lines.Skip(1)));
        var c = Conference(article, "hoi-nghi-ngoai-giao-kinh-te-2025-07-22");
        Assert.Equal(("person/pham-minh-chinh", "2025-07-22", true, "trực tuyến"), (c.Chair, c.Date?.Iso, c.Date?.Inferred, c.Format));
        Assert.StartsWith("Hội nghị Thủ tướng Chính phủ với các Trưởng Cơ quan đại diện Việt Nam ở nước ngoài", c.Name);
        Assert.EndsWith("6 tháng cuối năm 2025", c.Name);
    }

    [Fact]
    public void Seed_003_organiser_from_do_to_chuc()
    {
        var article = Recognise.Article(string.Join('\n', SeedFixtures.Read(3).Lines));
        var c = Conference(article, "hoi-nghi-ngoai-giao-kinh-te-2023-07-03");
        Assert.Equal(("organisation/bo-ngoai-giao", null, "2023-07-03"), (c.Organiser, c.Chair, c.Date?.Iso));
        Assert.Equal("Hội nghị đẩy mạnh triển khai công tác ngoại giao kinh tế phục vụ phát triển kinh tế – xã hội 6 tháng cuối năm 2023", c.Name);
    }

    [Fact]
    public void A_new_sentence_of_the_same_shape()
    {
        var article = Recognise.Article("Sáng 12/3/2025, Phó Thủ tướng Trần Hồng Hà chủ trì Hội nghị ngoại giao kinh tế với các doanh nghiệp FDI do Bộ Ngoại giao tổ chức theo hình thức trực tiếp kết hợp trực tuyến.");
        var c = Conference(article, "hoi-nghi-ngoai-giao-kinh-te-2025-03-12");
        Assert.Equal(("person/tran-hong-ha", "organisation/bo-ngoai-giao", "trực tiếp kết hợp trực tuyến", false),
            (c.Chair, c.Organiser, c.Format, c.Date!.Inferred));
    }

    [Fact]
    public void Other_conferences_are_keyed_by_their_own_subject() =>
        Assert.Contains(Recognise.Article("Ngày 4/4/2025, Bộ Công Thương tổ chức Hội nghị xúc tiến thương mại với thị trường châu Phi.").Sightings,
            s => s.Mention.Ref == "conference/hoi-nghi-xuc-tien-thuong-mai-voi-thi-truong-chau-phi-2025-04-04");

    [Fact]
    public void Vao_ends_a_name_only_before_a_time()
    {
        var article = Recognise.Article("Sáng 11/7/2024, Bộ Ngoại giao tổ chức Hội nghị xúc tiến đầu tư vào các khu kinh tế ven biển với sự tham dự của doanh nghiệp.");
        var c = Recognise.FactsOf<ConferenceFacts>(article, "conference/hoi-nghi-xuc-tien-dau-tu-vao-cac-khu-kinh-te-ven-bien-2024-07-11");
        Assert.Equal(("Hội nghị xúc tiến đầu tư vào các khu kinh tế ven biển", "organisation/bo-ngoai-giao"), (c.Name, c.Organiser));
    }

    [Fact]
    public void Later_bare_mentions_point_at_the_one_conference_reported()
    {
        var article = Recognise.Article("Chiều 2/4/2024, Thủ tướng chủ trì Hội nghị ngoại giao kinh tế toàn quốc.\nPhát biểu tại hội nghị, Thủ tướng nhấn mạnh.\nCác hội nghị khác cũng được tổ chức.");
        Assert.Contains("conference/hoi-nghi-ngoai-giao-kinh-te-2024-04-02|hội nghị", Recognise.AllMentions(article));
        Assert.DoesNotContain(article.BlockMentions[2], m => m.Kind == "conference"); // "các hội nghị" is plural
    }

    [Fact]
    public void A_conference_named_nowhere_is_left_to_the_editor()
    {
        var article = Recognise.Article(string.Join('\n', SeedFixtures.Read(2).Lines));
        Assert.DoesNotContain(article.Sightings, s => s.Mention.Kind == "conference");
        Assert.Contains(article.Notes, n => n.Topic == "conference without a name or date");
    }

    [Theory]
    [InlineData("Hội nghị được tổ chức theo hình thức trực tuyến.")]
    [InlineData("với nhiều hoạt động, hội nghị quan trọng, đúng thời điểm.")]
    public void Hoi_nghi_as_a_subject_or_a_common_noun_is_not_a_named_conference(string sentence) =>
        Assert.DoesNotContain(Recognise.Article(sentence).Sightings, s => s.Mention.Kind == "conference");
}
