using StaticKb.Import.Seeds;
using StaticKb.Model;

namespace StaticKb.Import.Layout;

public enum BlockKind
{
    Paragraph,
    Heading,
    Caption,
}

/// <summary>A span of a block's text, by offset and length.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(int start, int end) => start < End && end > Start;
}

/// <summary>
/// One paragraph, heading or photo caption of the article, with the seed line and column its text starts at
/// (so a problem found inside it can be reported where the editor will look). <see cref="Protected"/> marks
/// text that must stay plain, such as a photo credit "(Ảnh: Dương Giang/TTXVN)".
/// </summary>
public sealed record Block(BlockKind Kind, string Text, int Line, int Column, IReadOnlyList<TextRange> Protected);

/// <summary>A seed line left out of the article, and why, so the report can show what was thrown away.</summary>
public sealed record DroppedLine(int Line, string Text, string Reason);

/// <summary>The seed taken apart: title, publication details and the blocks of the body, boilerplate removed.</summary>
public sealed record ArticleDraft(
    SeedText Seed,
    string? Title,
    PartialDate? HeaderDate,
    string? Source,
    string? Url,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<DroppedLine> Dropped)
{
    /// <summary>The first paragraph: the summary, and where the event date and a missing title are looked for.</summary>
    public Block? Lead => Blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph);
}
