using StaticKb.Import.Layout;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import.Layout;

public class SeedLayoutTests
{
    private static ArticleDraft Parse(string text) => SeedLayout.Parse(SeedFixtures.Of(text));

    private static IReadOnlyList<(BlockKind Kind, string Text)> Blocks(string text) => Parse(text).Blocks.Select(b => (b.Kind, b.Text)).ToList();

    [Fact]
    public void A_short_first_line_without_a_final_period_is_the_title()
    {
        var draft = Parse("Đẩy mạnh ngoại giao kinh tế thúc đẩy tăng trưởng trong 6 tháng cuối năm\n\nCông tác ngoại giao kinh tế cần phát huy hiệu quả hơn nữa.");
        Assert.Equal("Đẩy mạnh ngoại giao kinh tế thúc đẩy tăng trưởng trong 6 tháng cuối năm", draft.Title);
        Assert.Equal("Công tác ngoại giao kinh tế cần phát huy hiệu quả hơn nữa.", draft.Lead!.Text);
    }

    [Theory]
    [InlineData("Chiều tối 3/7, Thủ tướng Chính phủ Phạm Minh Chính đã dự Hội nghị do Bộ Ngoại giao tổ chức.\nHội nghị được tổ chức theo hình thức trực tuyến.")]
    [InlineData("Trước tình hình thế giới năm 2022 diễn biến phức tạp, công tác ngoại giao kinh tế đã được triển khai.\nDòng hai.")]
    public void A_first_line_that_ends_a_sentence_is_the_lead_not_a_title(string text)
    {
        var draft = Parse(text);
        Assert.Null(draft.Title);
        Assert.Equal(text.Split('\n')[0], draft.Lead!.Text);
    }

    [Theory]
    [InlineData("680 lượt xem")]
    [InlineData("1.204 lượt xem")]
    [InlineData("12 lượt đọc")]
    public void View_counters_are_dropped(string counter)
    {
        var draft = Parse($"Tiêu đề\n\n{counter}\nĐoạn văn đầu tiên của bài.");
        Assert.Equal(["Đoạn văn đầu tiên của bài."], draft.Blocks.Select(b => b.Text));
        Assert.Contains(draft.Dropped, d => d.Text == counter);
    }

    [Theory]
    [InlineData("Thứ 4, 03.04.2024 | 09:12:20", "2024-04-03")]
    [InlineData("Thứ Hai, 15/07/2024 - 14:05 (GMT+7)", "2024-07-15")]
    [InlineData("Cập nhật: 22/7/2025 20:30", "2025-07-22")]
    public void A_date_line_is_dropped_from_the_body_and_kept_as_the_publication_date(string line, string iso)
    {
        var draft = Parse($"Tiêu đề\n\n{line}\n\nĐoạn văn.");
        Assert.Equal(iso, draft.HeaderDate!.Iso);
        Assert.Equal(["Đoạn văn."], draft.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_photo_file_name_before_a_caption_is_dropped_and_the_caption_kept()
    {
        var blocks = Blocks("Tiêu đề\n\nĐoạn văn.\n\n_C4A2020.JPG (2728×1596)Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn\n\nĐoạn sau.");
        Assert.Contains((BlockKind.Caption, "Các đại biểu dự hội nghị tại điểm cầu tỉnh Lạng Sơn"), blocks);
        Assert.DoesNotContain(blocks, b => b.Text.Contains(".JPG"));
    }

    [Fact]
    public void A_photo_file_name_alone_makes_the_next_line_a_caption()
    {
        var blocks = Blocks("Tiêu đề\nĐoạn văn.\nIMG_0042.png (800x600)\nQuang cảnh buổi làm việc\nĐoạn sau.");
        Assert.Equal([(BlockKind.Paragraph, "Đoạn văn."), (BlockKind.Caption, "Quang cảnh buổi làm việc"), (BlockKind.Paragraph, "Đoạn sau.")], blocks);
    }

    [Fact]
    public void An_empty_image_and_its_piped_caption_become_one_caption()
    {
        var blocks = Blocks("Tiêu đề\nĐoạn văn.\n![]() |\nThủ tướng Phạm Minh Chính phát biểu kết luận hội nghị. Ảnh: VGP/Nhật Bắc |\nĐoạn sau.");
        Assert.Equal([(BlockKind.Paragraph, "Đoạn văn."), (BlockKind.Caption, "Thủ tướng Phạm Minh Chính phát biểu kết luận hội nghị. Ảnh: VGP/Nhật Bắc"), (BlockKind.Paragraph, "Đoạn sau.")], blocks);
    }

    [Theory]
    [InlineData("Thủ tướng Phạm Minh Chính chủ trì Hội nghị đẩy mạnh công tác ngoại giao kinh tế. (Ảnh: Dương Giang/TTXVN)")]
    [InlineData("Chương trình \"Tasting VietNam\" do cơ quan Thương vụ tổ chức tại Bangkok. (Ảnh: TTXVN phát)")]
    [InlineData("Ảnh: Quang cảnh Hội nghị tại điểm cầu tỉnh Vĩnh Long")]
    [InlineData("Đồng chí Mai Sơn chủ trì tại điểm cầu tỉnh Bắc Ninh. |")]
    [InlineData("Bộ trưởng tiếp đoàn doanh nghiệp Nhật Bản (Ảnh minh họa: Báo Quốc tế)")]
    public void Captions_are_recognised_by_their_credit_or_their_pipe(string line)
    {
        var blocks = Blocks($"Tiêu đề\nĐoạn văn mở đầu.\n{line}\nĐoạn sau.");
        Assert.Equal(BlockKind.Caption, blocks[1].Kind);
        Assert.Equal(line.TrimEnd('|', ' '), blocks[1].Text);
    }

    [Fact]
    public void The_photo_credit_of_a_caption_is_protected_from_annotation()
    {
        var draft = Parse("Tiêu đề\nĐoạn văn.\nThủ tướng chủ trì Hội nghị. (Ảnh: Dương Giang/TTXVN)\nĐoạn sau.");
        var caption = draft.Blocks[1];
        var credit = Assert.Single(caption.Protected);
        Assert.Equal("(Ảnh: Dương Giang/TTXVN)", caption.Text.Substring(credit.Start, credit.Length));
    }

    [Fact]
    public void Short_unpunctuated_lines_before_a_paragraph_are_headings()
    {
        var blocks = Blocks("Tiêu đề\n\nĐoạn mở đầu dài của bài báo.\n\nĐịnh hướng, trọng tâm trong đẩy mạnh ngoại giao kinh tế\n\nThời gian tới, công tác ngoại giao kinh tế cần phát huy hiệu quả hơn nữa.");
        Assert.Equal((BlockKind.Heading, "Định hướng, trọng tâm trong đẩy mạnh ngoại giao kinh tế"), blocks[1]);
    }

    [Theory]
    [InlineData("Ngoại giao kinh tế là động lực quan trọng.")] // ends a sentence
    [InlineData("Cho rằng nhiệm vụ đạt mục tiêu tăng trưởng 8,3 - 8,5% trong năm 2025 là rất nặng nề, khó khăn nhưng không phải bất khả thi, Thủ tướng yêu cầu các bộ, ngành phối hợp chặt chẽ")] // too long
    public void Sentences_and_long_lines_are_not_headings(string line)
    {
        var blocks = Blocks($"Tiêu đề\nĐoạn mở đầu.\n{line}\nĐoạn sau.");
        Assert.Equal(BlockKind.Paragraph, blocks[1].Kind);
    }

    [Fact]
    public void The_lead_is_never_a_heading_and_a_last_line_is_never_one()
    {
        var blocks = Blocks("Tiêu đề\nMột dòng ngắn\nĐoạn văn dài hơn nhiều so với dòng trước.\nDòng cuối không dấu");
        Assert.All(blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Theory]
    [InlineData("Theo baolangson.vn", "baolangson.vn")]
    [InlineData("Theo TTXVN", "TTXVN")]
    [InlineData("Nguồn: Báo Quốc tế", "Báo Quốc tế")]
    [InlineData("(Vietnam+)", "Vietnam+")]
    [InlineData("(Theo Chinhphu.vn)", "Chinhphu.vn")]
    public void Source_lines_and_sign_offs_move_into_source(string line, string source)
    {
        var draft = Parse($"Tiêu đề\nĐoạn văn.\n{line}");
        Assert.Equal(source, draft.Source);
        Assert.Equal(["Đoạn văn."], draft.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_paragraph_starting_with_Theo_is_not_a_source_line()
    {
        var draft = Parse("Tiêu đề\nTheo báo cáo tại hội nghị, triển khai Chỉ thị số 15 ngày 10/8/2022 của Ban Bí thư.");
        Assert.Null(draft.Source);
        Assert.Single(draft.Blocks);
    }

    [Fact]
    public void A_bare_address_moves_into_url()
    {
        var draft = Parse("Tiêu đề\nĐoạn văn.\n\nhttps://baolangson.vn/day-manh-5004437.html\n");
        Assert.Equal("https://baolangson.vn/day-manh-5004437.html", draft.Url);
        Assert.Single(draft.Blocks);
    }

    [Theory]
    [InlineData("Tin cùng chuyên mục")]
    [InlineData("Ý kiến bạn đọc (0)")]
    [InlineData("Ý kiến bạn đọc (12)")]
    [InlineData("  • Từ khóa")]
    [InlineData("Từ khóa: ngoại giao kinh tế, Thủ tướng")]
    [InlineData("Tin liên quan")]
    public void Page_trailers_end_the_article_and_what_follows_is_dropped(string marker)
    {
        var draft = Parse($"Tiêu đề\nĐoạn văn.\n{marker}\nMột bài khác cùng chuyên mục được liên kết\nBài khác nữa.");
        Assert.Equal(["Đoạn văn."], draft.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Closing_initials_are_the_author_not_text()
    {
        var draft = Parse("Tiêu đề\nĐoạn văn.\nN.H");
        Assert.Equal(["Đoạn văn."], draft.Blocks.Select(b => b.Text));
        Assert.Contains(draft.Dropped, d => d.Text == "N.H");
    }

    [Theory]
    [InlineData("Minh Anh")]
    [InlineData("Hoàng Long - Thu Hà")]
    public void A_closing_bare_name_is_the_author_not_text(string byline)
    {
        var draft = Parse($"Tiêu đề\nĐoạn văn.\n{byline}\n(TTXVN)");
        Assert.Equal(["Đoạn văn."], draft.Blocks.Select(b => b.Text));
        Assert.Equal("TTXVN", draft.Source);
    }

    [Fact]
    public void Blocks_remember_their_seed_line_and_column()
    {
        var draft = Parse("Tiêu đề\n\n_C4A2020.JPG (2728×1596)Các đại biểu dự hội nghị");
        var caption = Assert.Single(draft.Blocks);
        Assert.Equal(3, caption.Line);
        Assert.Equal(25, caption.Column);
    }
}
