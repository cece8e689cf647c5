using System.Text.RegularExpressions;
using StaticKb.Import.Layout;
using StaticKb.Import.Output;
using StaticKb.Import.Recognition;

namespace StaticKb.Tests.Import.Output;

public class AnnotatedMarkdownTests
{
    private static Mention M(string text, string surface, string reference)
    {
        var parts = reference.Split('/');
        return new Mention(text.IndexOf(surface, StringComparison.Ordinal), surface, parts[0], parts[1], Known: true);
    }

    [Fact]
    public void Mentions_become_annotations_whose_surface_is_the_seed_text()
    {
        const string text = "cụ thể hóa Chỉ thị 15-CT/TW ngày 10/8/2022 của Ban Bí thư";
        var md = AnnotatedMarkdown.Inline(text, [M(text, "Chỉ thị 15-CT/TW", "document/15-ct-tw"), M(text, "Ban Bí thư", "organisation/ban-bi-thu")], atLineStart: true);
        Assert.Equal("cụ thể hóa [[document/15-ct-tw|Chỉ thị 15-CT/TW]] ngày 10/8/2022 của [[organisation/ban-bi-thu|Ban Bí thư]]", md);
        Assert.Equal(text, Regex.Replace(md, @"\[\[[^|\]]+\|([^\]]+)\]\]", "$1"));
    }

    [Fact]
    public void Blocks_become_paragraphs_headings_and_caption_only_figures()
    {
        var blocks = new List<Block>
        {
            new(BlockKind.Paragraph, "Đoạn văn.", 1, 1, []),
            new(BlockKind.Heading, "Định hướng, trọng tâm", 2, 1, []),
            new(BlockKind.Caption, "Thủ tướng chủ trì Hội nghị. (Ảnh: Dương Giang/TTXVN)", 3, 1, []),
        };
        var body = AnnotatedMarkdown.Body(blocks, [[], [], []]);
        Assert.Equal("Đoạn văn.\n\n## Định hướng, trọng tâm\n\n^^^\n^^^ Thủ tướng chủ trì Hội nghị. (Ảnh: Dương Giang/TTXVN)\n", body);
    }

    [Fact]
    public void A_paragraph_that_starts_like_a_list_is_escaped_but_an_annotation_at_the_start_is_not()
    {
        Assert.Equal("1\\. Bộ Ngoại giao", AnnotatedMarkdown.Inline("1. Bộ Ngoại giao", [], atLineStart: true));
        const string text = "Bộ Ngoại giao chủ trì";
        Assert.Equal("[[organisation/bo-ngoai-giao|Bộ Ngoại giao]] chủ trì", AnnotatedMarkdown.Inline(text, [M(text, "Bộ Ngoại giao", "organisation/bo-ngoai-giao")], atLineStart: true));
    }
}
