using StaticKb.Import.Recognition;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import.Recognition;

public class DocumentRecognitionTests
{
    [Theory]
    // From the seeds.
    [InlineData("cụ thể hóa Chỉ thị 15-CT/TW ngày 10/8/2022 của Ban Bí thư", "document/15-ct-tw|Chỉ thị 15-CT/TW")]
    [InlineData("và Nghị quyết số 21/NQ-CP ngày 20/2/2023 của Chính phủ", "document/21-nq-cp|Nghị quyết số 21/NQ-CP")]
    [InlineData("Văn phòng Chính phủ vừa ban hành thông báo số 355/TB-VPCP truyền đạt", "document/355-tb-vpcp|thông báo số 355/TB-VPCP")]
    [InlineData("Đẩy nhanh việc triển khai Nghị quyết 222/2025/QH15 về Trung tâm tài chính quốc tế", "document/222-2025-qh15|Nghị quyết 222/2025/QH15")]
    [InlineData("Triển khai Chỉ thị số 15-CT/TW, trên cơ sở bám sát chủ trương", "document/15-ct-tw|Chỉ thị số 15-CT/TW")]
    public void Known_documents_by_number(string sentence, string mention) =>
        Assert.Contains(mention, Recognise.Mentions(sentence));

    [Theory]
    [InlineData("theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân", "document/13-2023-nd-cp|Nghị định 13/2023/NĐ-CP", "Nghị định số 13/2023/NĐ-CP", "Nghị định")]
    [InlineData("Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ", "document/1234-qd-ttg|Quyết định số 1234/QĐ-TTg", "Quyết định số 1234/QĐ-TTg", "Quyết định")]
    [InlineData("thực hiện Kết luận 57-KL/TW của Bộ Chính trị", "document/57-kl-tw|Kết luận 57-KL/TW", "Kết luận số 57-KL/TW", "Kết luận")]
    [InlineData("Luật số 61/2020/QH14 về Đầu tư", "document/61-2020-qh14|Luật số 61/2020/QH14", "Luật số 61/2020/QH14", "Luật")]
    [InlineData("hướng dẫn tại Thông tư 01/2024/TT-BTC", "document/01-2024-tt-btc|Thông tư 01/2024/TT-BTC", "Thông tư số 01/2024/TT-BTC", "Thông tư")]
    [InlineData("Công văn 123/UBND-KT của tỉnh", "document/123-ubnd-kt|Công văn 123/UBND-KT", "Công văn số 123/UBND-KT", "Công văn")]
    [InlineData("theo tinh thần số 24-NQ/TW của Bộ Chính trị", "document/24-nq-tw|24-NQ/TW", "Nghị quyết số 24-NQ/TW", "Nghị quyết")]
    public void New_documents_by_the_shape_of_their_number(string sentence, string mention, string name, string type)
    {
        var article = Recognise.Article(sentence);
        Assert.Contains(mention, Recognise.AllMentions(article));
        var reference = mention.Split('|')[0];
        var facts = Recognise.FactsOf<DocumentFacts>(article, reference);
        Assert.Equal((name, type), (facts.Name, facts.DocType));
        Assert.False(article.Sightings.First(s => s.Mention.Ref == reference).Mention.Known);
    }

    [Theory]
    [InlineData("ngày 10/8/2022 và 20/2/2023")]
    [InlineData("đại dịch COVID-19 và công nghệ 5G")]
    [InlineData("in 3-D và tỷ lệ 1/2")]
    [InlineData("Phiên họp bắt đầu lúc 09:12:20 ngày 03.04.2024 tại trụ sở.")]
    [InlineData("Nghị quyết Đại hội Đảng lần thứ XIII")]
    public void Dates_codes_and_named_resolutions_are_not_document_numbers(string sentence) =>
        Assert.DoesNotContain(Recognise.Mentions(sentence), m => m.StartsWith("document/"));

    [Fact]
    public void A_new_document_takes_its_date_and_issuer_from_the_sentence()
    {
        var facts = Recognise.FactsOf<DocumentFacts>(Recognise.Article("triển khai Chỉ thị 16-CT/TW ngày 5/9/2023 của Ban Bí thư về kinh tế số"), "document/16-ct-tw");
        Assert.Equal(("2023-09-05", "organisation/ban-bi-thu"), (facts.Date?.Iso, facts.Issuer));
    }

    [Fact]
    public void A_new_document_issued_by_a_body_named_before_it()
    {
        var facts = Recognise.FactsOf<DocumentFacts>(Recognise.Article("Văn phòng Chính phủ vừa ban hành Thông báo số 88/TB-VPCP về kết luận của Thủ tướng."), "document/88-tb-vpcp");
        Assert.Equal("organisation/van-phong-chinh-phu", facts.Issuer);
    }

    [Fact]
    public void Without_words_the_issuer_comes_from_the_number_when_the_registry_knows_it()
    {
        var facts = Recognise.FactsOf<DocumentFacts>(Recognise.Article("thực hiện Nghị quyết 50/NQ-CP về thu hút đầu tư."), "document/50-nq-cp");
        Assert.Equal("organisation/chinh-phu", facts.Issuer);
    }

    [Theory]
    [InlineData("triển khai Chỉ thị số 15 ngày 10/8/2022 của Ban Bí thư", "document/15-ct-tw|Chỉ thị số 15")]
    [InlineData("thực hiện hiệu quả Chỉ thị số 15 của Ban Bí thư", "document/15-ct-tw|Chỉ thị số 15")]
    [InlineData("bám sát Nghị quyết 21 của Chính phủ", "document/21-nq-cp|Nghị quyết 21")]
    public void Short_forms_resolve_when_exactly_one_document_fits(string sentence, string mention) =>
        Assert.Contains(mention, Recognise.Mentions(sentence));

    [Fact]
    public void A_short_form_resolves_to_a_document_cited_in_full_later_in_the_article()
    {
        var article = Recognise.Article("Thực hiện Kết luận số 57 của Bộ Chính trị.\nKết luận 57-KL/TW ngày 30/6/2024 đặt ra nhiều mục tiêu.", []);
        Assert.Contains("document/57-kl-tw|Kết luận số 57", Recognise.AllMentions(article));
    }

    [Fact]
    public void An_ambiguous_short_form_is_reported_and_not_annotated()
    {
        var registry = SeedRegistry.Entities.Append(SeedRegistry.Document("15/CT-TTg", "Chỉ thị số 15/CT-TTg")).ToList();
        var article = Recognise.Article("Thực hiện Chỉ thị số 15 về phòng chống dịch.", registry);
        Assert.DoesNotContain(article.BlockMentions[0], m => m.Kind == "document");
        var note = Assert.Single(article.Notes, n => n.Topic == "ambiguous reference");
        Assert.Contains("15-CT/TW", note.Message);
        Assert.Contains("15/CT-TTg", note.Message);
        Assert.Equal((2, 11), (note.Line, note.Column));
    }

    [Fact]
    public void A_short_form_that_fits_nothing_is_reported_as_unresolved()
    {
        var article = Recognise.Article("Thực hiện Nghị quyết số 99 của Chính phủ.");
        Assert.Contains(article.Notes, n => n.Topic == "unresolved reference" && n.Message.Contains("Nghị quyết số 99"));
        Assert.DoesNotContain(article.BlockMentions[0], m => m.Kind == "document");
    }

    [Fact]
    public void A_short_form_does_not_match_a_longer_number() =>
        Assert.Empty(DocumentRecognizer.Resolve(new ShortDocumentReference(0, "Chỉ thị số 1", "Chỉ thị", "1"),
            [new DocumentIdentity("15-ct-tw", "15-CT/TW", "Chỉ thị", true)]));
}
