namespace StaticKb.Render.Markdown;

/// <summary>A Markdown body turned into HTML, with its plain-text paragraphs (for parallel reading and backlinks).</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> EntityIds, IReadOnlyList<Mention> Mentions);
