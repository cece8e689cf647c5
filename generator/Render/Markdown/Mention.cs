namespace StaticKb.Render.Markdown;

/// <summary>An annotation found in a body, with the sentence around it (for backlinks on the entity's page).</summary>
public sealed record Mention(string EntityId, string Sentence);
