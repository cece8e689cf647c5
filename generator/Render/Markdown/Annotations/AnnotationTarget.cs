namespace StaticKb.Render.Markdown.Annotations;

/// <summary>What an annotation links to in the reader's language: the page, the name there, and the name in the other language.</summary>
public sealed record AnnotationTarget(string Href, string Name, string Gloss, string GlossLanguage, string Kind, string? DocumentNumber);
