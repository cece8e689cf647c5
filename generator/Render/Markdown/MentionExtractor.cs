using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace StaticKb.Render.Markdown;

/// <summary>
/// Finds, for each annotation, the sentence it stands in: the reader of an entity's page sees how each article
/// mentions it. Works on Markdig's syntax tree, so markup never leaks into the sentence.
/// </summary>
public static partial class MentionExtractor
{
    public static IReadOnlyList<Mention> Extract(MarkdownDocument document, Func<string, string?> nameOf)
    {
        var mentions = new List<Mention>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            var text = new StringBuilder();
            var marks = new List<(string EntityId, int Offset)>();
            PlainText.Append(block.Inline, text, marks, nameOf);
            if (marks.Count == 0) continue;
            var plain = text.ToString();
            var bounds = SentenceEnd().Matches(plain).Select(m => m.Index + m.Length).Prepend(0).Append(plain.Length).Distinct().ToList();
            foreach (var (id, offset) in marks)
            {
                var start = bounds.Last(b => b <= offset);
                var end = bounds.First(b => b > offset);
                var sentence = plain[start..end].Trim();
                if (!mentions.Any(m => m.EntityId == id && m.Sentence == sentence)) mentions.Add(new Mention(id, sentence));
            }
        }
        return mentions;
    }

    // A sentence ends at . ! ? … (optionally followed by a closing quote) before whitespace and a capital or a quote,
    // except the full stop of an abbreviation that a name follows: "TP. Hồ Chí Minh", "PGS.TS. Nguyễn", "Mr. Son",
    // "No. 15", and an initial ("A. Nguyen").
    [GeneratedRegex(@"(?:(?<!(?:^|[\s(“"".])(?:TP|Tp|TX|TT|TS|PGS|GS|ThS|BS|KS|Mr|Mrs|Ms|Dr|No|St|Jr|\p{Lu}))\.|[!?…])[”""')]?\s+(?=[\p{Lu}“""])")]
    private static partial Regex SentenceEnd();
}
