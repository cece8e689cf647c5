using Markdig.Syntax.Inlines;

namespace StaticKb.Render.Markdown.Annotations;

/// <summary>
/// <c>[[document/15-ct-tw|Chỉ thị 15-CT/TW]]</c>: a mention of an entity. <see cref="Text"/> is the text as written
/// (null when the editor wrote only <c>[[kind/key]]</c>, and the entity's name is shown).
/// </summary>
public sealed class AnnotationInline : LeafInline
{
    public required string EntityId { get; init; }

    public string? Text { get; init; }
}
