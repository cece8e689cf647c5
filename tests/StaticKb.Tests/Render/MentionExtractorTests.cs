using StaticKb.Render.Markdown;

namespace StaticKb.Tests.Render;

/// <summary>
/// The sentence around each annotation, shown under "Mentioned in" on the entity's page: cut at sentence ends,
/// plain text without markup, the entity's name where the annotation gives no text.
/// </summary>
public class MentionExtractorTests
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["document/15-ct-tw"] = "Chỉ thị số 15-CT/TW",
        ["person/pham-minh-chinh"] = "Phạm Minh Chính",
        ["organisation/bo-ngoai-giao"] = "Bộ Ngoại giao",
    };

    private static IReadOnlyList<(string Id, string Sentence)> Mentions(string markdown)
    {
        var pipeline = MarkdownPipelineFactory.Create(false, _ => null);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        return MentionExtractor.Extract(document, id => Names.GetValueOrDefault(id)).Select(m => (m.EntityId, m.Sentence)).ToList();
    }

    [Fact]
    public void The_sentence_is_cut_at_the_full_stops_around_the_annotation()
    {
        var mentions = Mentions("Hội nghị khai mạc lúc 14 giờ. Thủ tướng [[person/pham-minh-chinh|Phạm Minh Chính]] chủ trì. Các đại biểu thảo luận.\n");

        Assert.Equal([("person/pham-minh-chinh", "Thủ tướng Phạm Minh Chính chủ trì.")], mentions);
    }

    [Theory]
    [InlineData("Đoàn đến TP. Hồ Chí Minh làm việc với [[organisation/bo-ngoai-giao|Bộ Ngoại giao]]. Hết.", "Đoàn đến TP. Hồ Chí Minh làm việc với Bộ Ngoại giao.")]
    [InlineData("Theo PGS.TS. Nguyễn Văn A, [[document/15-ct-tw|Chỉ thị 15]] rất quan trọng. Hết.", "Theo PGS.TS. Nguyễn Văn A, Chỉ thị 15 rất quan trọng.")]
    [InlineData("Trước đó. Directive No. 15 was issued by [[organisation/bo-ngoai-giao|the Ministry]]. Then.", "Directive No. 15 was issued by the Ministry.")]
    [InlineData("Mr. Son met [[person/pham-minh-chinh|Prime Minister Chinh]] in Hanoi. Later.", "Mr. Son met Prime Minister Chinh in Hanoi.")]
    public void Abbreviations_before_a_name_or_number_do_not_end_the_sentence(string markdown, string sentence)
    {
        Assert.Equal(sentence, Mentions(markdown).Single().Sentence);
    }

    [Theory]
    [InlineData("Có đúng vậy không? [[document/15-ct-tw|Chỉ thị 15]] trả lời. Hết.", "Chỉ thị 15 trả lời.")]
    [InlineData("Tuyệt vời! [[document/15-ct-tw|Chỉ thị 15]] được ban hành! Sau đó.", "Chỉ thị 15 được ban hành!")]
    [InlineData("Còn nữa… [[document/15-ct-tw|Chỉ thị 15]] vẫn hiệu lực.", "Chỉ thị 15 vẫn hiệu lực.")]
    [InlineData("Ông nói: “Làm ngay.” [[document/15-ct-tw|Chỉ thị 15]] là căn cứ.", "Chỉ thị 15 là căn cứ.")]
    [InlineData("Kết quả tốt. “[[document/15-ct-tw|Chỉ thị 15]] rất quan trọng”, ông nói.", "“Chỉ thị 15 rất quan trọng”, ông nói.")]
    public void Question_marks_exclamation_marks_ellipses_and_closing_quotes_end_sentences(string markdown, string sentence)
    {
        Assert.Equal(sentence, Mentions(markdown).Single().Sentence);
    }

    [Theory]
    [InlineData("Tăng trưởng đạt 7,52%, cao hơn mức 6.5 của [[document/15-ct-tw|Chỉ thị 15]] năm trước.", "Tăng trưởng đạt 7,52%, cao hơn mức 6.5 của Chỉ thị 15 năm trước.")]
    [InlineData("Theo [[document/15-ct-tw|Chỉ thị số 15-CT/TW]] ngày 10/8/2022, các bộ phải báo cáo.", "Theo Chỉ thị số 15-CT/TW ngày 10/8/2022, các bộ phải báo cáo.")]
    [InlineData("Theo Quyết định số 9/QĐ-TTg. và [[document/15-ct-tw|Chỉ thị 15]] cùng lúc.", "Theo Quyết định số 9/QĐ-TTg. và Chỉ thị 15 cùng lúc.")]
    [InlineData("Năm 2024. 15 nước ký với [[document/15-ct-tw|Chỉ thị 15]] làm căn cứ.", "Năm 2024. 15 nước ký với Chỉ thị 15 làm căn cứ.")]
    public void Numbers_dates_and_a_full_stop_before_a_lower_case_word_or_a_digit_do_not_end_a_sentence(string markdown, string sentence)
    {
        Assert.Equal(sentence, Mentions(markdown).Single().Sentence);
    }

    [Fact]
    public void An_annotation_without_text_reads_as_the_entitys_name()
    {
        var mentions = Mentions("Câu trước. Theo [[document/15-ct-tw]], các bộ phải hành động.\n");

        Assert.Equal([("document/15-ct-tw", "Theo Chỉ thị số 15-CT/TW, các bộ phải hành động.")], mentions);
    }

    [Fact]
    public void An_unknown_entity_without_text_reads_as_its_id_rather_than_disappearing()
    {
        Assert.Equal("Theo document/khong-co, các bộ phải hành động.", Mentions("Theo [[document/khong-co]], các bộ phải hành động.").Single().Sentence);
    }

    [Fact]
    public void Markup_around_and_inside_the_sentence_is_left_out()
    {
        var mentions = Mentions("Mở đầu. **[[organisation/bo-ngoai-giao|Bộ Ngoại giao]]** đã _ký_ [văn bản](https://example.org/) `số 5`. Kết thúc.\n");

        Assert.Equal("Bộ Ngoại giao đã ký văn bản số 5.", mentions.Single().Sentence);
    }

    [Fact]
    public void A_line_break_inside_a_paragraph_is_a_space()
    {
        var mentions = Mentions("Thủ tướng\n[[person/pham-minh-chinh|Phạm Minh Chính]] phát biểu\nkết luận.\n");

        Assert.Equal("Thủ tướng Phạm Minh Chính phát biểu kết luận.", mentions.Single().Sentence);
    }

    [Fact]
    public void A_sentence_never_runs_across_paragraphs()
    {
        var mentions = Mentions("Đoạn một không có dấu chấm\n\n[[document/15-ct-tw|Chỉ thị 15]] ở đoạn hai\n");

        Assert.Equal("Chỉ thị 15 ở đoạn hai", mentions.Single().Sentence);
    }

    [Fact]
    public void Two_entities_in_one_sentence_each_get_it_and_a_repeated_mention_counts_once()
    {
        var mentions = Mentions("[[organisation/bo-ngoai-giao|Bộ Ngoại giao]] triển khai [[document/15-ct-tw|Chỉ thị 15]] và [[document/15-ct-tw|Chỉ thị này]]. "
            + "Sau đó [[document/15-ct-tw|Chỉ thị 15]] được tổng kết.\n");

        var sentence = "Bộ Ngoại giao triển khai Chỉ thị 15 và Chỉ thị này.";
        Assert.Equal(
        [
            ("organisation/bo-ngoai-giao", sentence),
            ("document/15-ct-tw", sentence),
            ("document/15-ct-tw", "Sau đó Chỉ thị 15 được tổng kết."),
        ], mentions);
    }

    [Fact]
    public void Mentions_in_headings_list_items_and_quotes_are_found_too()
    {
        var mentions = Mentions("## Triển khai [[document/15-ct-tw|Chỉ thị 15]]\n\n- [[organisation/bo-ngoai-giao|Bộ Ngoại giao]] chủ trì.\n\n> Lời [[person/pham-minh-chinh|Thủ tướng]] phát biểu.\n");

        Assert.Equal(
        [
            ("document/15-ct-tw", "Triển khai Chỉ thị 15"),
            ("organisation/bo-ngoai-giao", "Bộ Ngoại giao chủ trì."),
            ("person/pham-minh-chinh", "Lời Thủ tướng phát biểu."),
        ], mentions);
    }

    [Fact]
    public void A_body_without_annotations_has_no_mentions()
    {
        Assert.Empty(Mentions("Không có chú thích nào. [Một liên kết](https://example.org/).\n"));
    }
}
