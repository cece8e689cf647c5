namespace StaticKb.Render.Markdown;

/// <summary>One top-level block of a body (paragraph, heading, figure …), rendered, with the file line it starts on.</summary>
public sealed record RenderedBlock(string Kind, int Line, string Html);
