using System.Text;
using StaticKb.Import.Layout;
using StaticKb.Import.Recognition;

namespace StaticKb.Import.Output;

/// <summary>
/// Writes the article body: paragraphs, <c>## </c> headings and captions as caption-only Markdig figures,
/// separated by blank lines, with every mention as <c>[[kind/key|surface]]</c>. The surface text is the seed's
/// own text, so deleting the annotation syntax gives back what the seed said.
/// </summary>
public static class AnnotatedMarkdown
{
    public static string Body(IReadOnlyList<Block> blocks, IReadOnlyList<IReadOnlyList<Mention>> mentions)
    {
        var parts = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            parts.Add(block.Kind switch
            {
                BlockKind.Heading => "## " + Inline(block.Text, mentions[i], atLineStart: false),
                BlockKind.Caption => "^^^\n^^^ " + Inline(block.Text, mentions[i], atLineStart: false),
                _ => Inline(block.Text, mentions[i], atLineStart: true),
            });
        }
        return string.Join("\n\n", parts) + "\n";
    }

    public static string Inline(string text, IReadOnlyList<Mention> mentions, bool atLineStart)
    {
        var sb = new StringBuilder(text.Length + mentions.Count * 24);
        var at = 0;
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            // A surface that would break the annotation syntax stays plain text.
            if (m.Start < at || m.Surface.IndexOfAny(['[', ']', '|', '\n']) >= 0) continue;
            sb.Append(MarkdownEscaper.Escape(text[at..m.Start], atLineStart && at == 0));
            sb.Append("[[").Append(m.Ref).Append('|').Append(MarkdownEscaper.Escape(m.Surface, atLineStart: false)).Append("]]");
            at = m.End;
        }
        sb.Append(MarkdownEscaper.Escape(text[at..], atLineStart && at == 0));
        return sb.ToString();
    }
}
