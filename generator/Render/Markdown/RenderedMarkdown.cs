namespace StaticKb.Render.Markdown;

/// <summary>A Markdown body turned into HTML, with the sentences in it that mention entities (for backlinks).</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Mention> Mentions);
