using StaticKb.Import.Dates;
using StaticKb.Import.Seeds;
using StaticKb.Model;

namespace StaticKb.Import.Layout;

/// <summary>
/// Takes a seed apart into title, date line, source and body blocks. Every non-empty line of a seed is one
/// paragraph (some sites put blank lines between them, some do not), so lines are classified one by one:
/// boilerplate is dropped, photo lines become captions, and short unpunctuated lines that introduce a
/// paragraph become headings.
/// </summary>
public static class SeedLayout
{
    private const int MaxTitleLength = 200;
    private const int MaxHeadingLength = 100;
    private const int MaxHeadingWords = 16;
    private const int MaxPipeCaptionLength = 250;

    public static ArticleDraft Parse(SeedText seed)
    {
        var lines = seed.Lines;
        var dropped = new List<DroppedLine>();
        var items = new List<(int Line, int Column, string Text, BlockKind Kind)>();
        string? title = null, source = null, url = null;
        PartialDate? headerDate = null;
        var captionPending = false;

        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i];
            var text = raw.TrimStart();
            var column = raw.Length - text.Length + 1;
            var lineNo = i + 1;
            if (text.Length == 0) continue;

            if (LineShapes.TrailerMarker().IsMatch(text))
            {
                // Related links, comments and tags follow; none of it is the article.
                for (var j = i; j < lines.Count; j++)
                    if (lines[j].Trim().Length > 0) dropped.Add(new(j + 1, lines[j].Trim(), "page trailer"));
                break;
            }
            if (LineShapes.ViewCounter().IsMatch(text)) { dropped.Add(new(lineNo, text, "view counter")); continue; }
            if (LineShapes.Chrome().IsMatch(text) || LineShapes.SeeAlso().IsMatch(text)) { dropped.Add(new(lineNo, text, "page furniture")); continue; }
            if (VietnameseDates.HeaderDate(text) is { } header)
            {
                headerDate ??= header;
                dropped.Add(new(lineNo, text, "date line (used as the publication date)"));
                continue;
            }
            if (LineShapes.UrlLine().Match(text) is { Success: true } u)
            {
                url ??= u.Groups["url"].Value;
                dropped.Add(new(lineNo, text, "address (moved to url)"));
                continue;
            }
            if (LineShapes.SourceLine().Match(text) is { Success: true } s && IsShortName(s.Groups["src"].Value))
            {
                var src = s.Groups["src"].Value;
                if (LineShapes.UrlLine().Match(src) is { Success: true } su) { url ??= su.Groups["url"].Value; source ??= Host(url); }
                else source ??= src;
                dropped.Add(new(lineNo, text, "source line (moved to source)"));
                continue;
            }
            if (LineShapes.SignOffSource().Match(text) is { Success: true } so)
            {
                source ??= so.Groups["src"].Value.Trim();
                dropped.Add(new(lineNo, text, "sign-off (moved to source)"));
                continue;
            }
            if (LineShapes.ImageStub().Match(text) is { Success: true } stub)
            {
                var rest = stub.Groups["rest"];
                if (rest.Length > 0) items.Add((lineNo, column + rest.Index, rest.Value, BlockKind.Caption));
                else captionPending = true;
                dropped.Add(new(lineNo, text[..(rest.Length > 0 ? rest.Index : text.Length)].TrimEnd(), "image placeholder"));
                continue;
            }
            if (LineShapes.PhotoFile().Match(text) is { Success: true } photo)
            {
                var rest = photo.Groups["rest"];
                if (rest.Length > 0) items.Add((lineNo, column + rest.Index, rest.Value, BlockKind.Caption));
                else captionPending = true;
                dropped.Add(new(lineNo, photo.Groups["file"].Value, "photo file name"));
                continue;
            }

            if (title is null && items.Count == 0 && LooksLikeTitle(text) && HasMoreText(lines, i + 1))
            {
                title = text;
                continue;
            }
            var kind = captionPending || LooksLikeCaption(text) ? BlockKind.Caption : BlockKind.Paragraph;
            captionPending = false;
            items.Add((lineNo, column, text, kind));
        }

        // A closing line of initials ("N.H") or of a bare name ("Minh Anh") is the author's signature, not text.
        if (items.Count > 1 && items[^1] is var last && last.Kind == BlockKind.Paragraph
            && (LineShapes.Initials().IsMatch(last.Text) || LineShapes.Byline().IsMatch(last.Text)))
        {
            dropped.Add(new(last.Line, last.Text, "author's signature"));
            items.RemoveAt(items.Count - 1);
        }

        var blocks = new List<Block>();
        var seenParagraph = false;
        for (var k = 0; k < items.Count; k++)
        {
            var (line, column, text, kind) = items[k];
            if (kind == BlockKind.Caption)
            {
                var caption = LineShapes.TrailingPipe().Replace(text, "");
                blocks.Add(new Block(BlockKind.Caption, caption, line, column, CreditRanges(caption)));
                continue;
            }
            var next = items.Skip(k + 1).FirstOrDefault(x => x.Kind != BlockKind.Caption);
            if (seenParagraph && next.Text is not null && next.Kind == BlockKind.Paragraph && LooksLikeHeading(text) && !LooksLikeHeading(next.Text))
            {
                blocks.Add(new Block(BlockKind.Heading, text, line, column, []));
                continue;
            }
            seenParagraph = true;
            blocks.Add(new Block(BlockKind.Paragraph, text, line, column, []));
        }
        dropped.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ArticleDraft(seed, title, headerDate, source, url, blocks, dropped);
    }

    /// <summary>A title is one short line that does not end a sentence: "Đẩy mạnh … trong 6 tháng cuối năm".</summary>
    internal static bool LooksLikeTitle(string text) =>
        text.Length <= MaxTitleLength
        && !text.EndsWith('.') && !text.EndsWith(';') && !text.EndsWith(':') && !text.EndsWith(',') && !text.EndsWith('…')
        && !text.StartsWith('(')
        && !LooksLikeCaption(text)
        && text.Any(char.IsLetter);

    /// <summary>"Định hướng, trọng tâm trong đẩy mạnh ngoại giao kinh tế": short, capitalised, no final punctuation.</summary>
    internal static bool LooksLikeHeading(string text) =>
        text.Length <= MaxHeadingLength
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords
        && char.IsUpper(text[0])
        && !LineShapes.FinalPunctuation().IsMatch(text)
        && !LineShapes.Initials().IsMatch(text);

    internal static bool LooksLikeCaption(string text) =>
        LineShapes.ParenthesisedCredit().IsMatch(text)
        || LineShapes.LabelledCaption().IsMatch(text)
        || LineShapes.TrailingCredit().IsMatch(LineShapes.TrailingPipe().Replace(text, ""))
        || (text.Length <= MaxPipeCaptionLength && LineShapes.TrailingPipe().IsMatch(text));

    /// <summary>The photographer's credit inside a caption, which must not be annotated.</summary>
    internal static IReadOnlyList<TextRange> CreditRanges(string caption)
    {
        var ranges = new List<TextRange>();
        if (LineShapes.ParenthesisedCredit().Match(caption) is { Success: true } p) ranges.Add(new(p.Index, p.Length));
        if (LineShapes.TrailingCredit().Match(caption) is { Success: true } t) ranges.Add(new(t.Index, t.Length));
        return ranges;
    }

    private static bool IsShortName(string source) => source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && !LineShapes.FinalPunctuation().IsMatch(source) && !source.Contains(',');

    private static bool HasMoreText(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++) if (lines[i].Trim().Length > 0) return true;
        return false;
    }

    private static string Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host) : url;
}
