using StaticKb.Model;

namespace StaticKb.Link;

/// <summary>A document or conference placed in time; the articles that mention it are listed by translation key.</summary>
public sealed record TimelineEntry(TranslationPair<Entity> Entity, EntityKind Kind, PartialDate? Date, IReadOnlyList<string> ArticleKeys);
