using Markdig;
using StaticKb.Import.Output;

namespace StaticKb.Tests.Import.Output;

/// <summary>Escaped text must render as the very same text, with the extensions the site is likely to enable.</summary>
public class MarkdownEscaperTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("1. Tăng cường hợp tác kinh tế")]
    [InlineData("2) Mở rộng thị trường")]
    [InlineData("# không phải tiêu đề")]
    [InlineData("> không phải trích dẫn")]
    [InlineData("- không phải danh sách")]
    [InlineData("+ cũng không")]
    [InlineData("* và không")]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("^^^ không phải hình")]
    [InlineData("::: không phải khối")]
    [InlineData("Giá trị *quan trọng* và _nhấn mạnh_")]
    [InlineData("Liên kết [giả](http://x) và [[person/x|chú thích]]")]
    [InlineData("Thẻ <b>HTML</b> & ký hiệu &amp; thực thể")]
    [InlineData("Cột | bảng | giả")]
    [InlineData("~~gạch~~ và ^mũ^ và ==đánh dấu== và ++chèn++")]
    [InlineData("Mã `nội tuyến` và dấu \\ gạch chéo")]
    [InlineData("Tăng trưởng 6,5-7% và “rõ người, rõ việc” (Vietnam+)")]
    public void Escaped_text_renders_as_itself(string text)
    {
        var markdown = MarkdownEscaper.Escape(text, atLineStart: true);
        var plain = Markdown.ToPlainText(markdown, Pipeline).TrimEnd('\n');
        Assert.Equal(text, plain);
    }

    [Fact]
    public void Ordinary_vietnamese_is_left_as_it_is()
    {
        const string text = "Thủ tướng Chính phủ Phạm Minh Chính chủ trì Hội nghị, tăng trưởng 7,52% (Vietnam+).";
        Assert.Equal(text, MarkdownEscaper.Escape(text, atLineStart: true));
    }

    [Fact]
    public void Line_start_rules_apply_only_at_the_start_of_a_line() =>
        Assert.Equal("năm 2024. Và", MarkdownEscaper.Escape("năm 2024. Và", atLineStart: false));
}
