using StaticKb.Load;
using StaticKb.Model;

namespace StaticKb.Link;

/// <summary>The Link stage's output: translations paired, entities indexed, every reference checked.</summary>
public sealed record LinkedSite(
    LoadedSite Loaded,
    IReadOnlyList<TranslationPair<Article>> Articles,
    IReadOnlyList<TranslationPair<Entity>> Entities,
    IReadOnlyList<TranslationStatus> TranslationStatuses)
{
    public TranslationPair<Entity>? Entity(string id) => EntitiesById.GetValueOrDefault(id);

    private Dictionary<string, TranslationPair<Entity>> EntitiesById { get; } =
        Entities.ToDictionary(p => p.Primary("vi").Id, StringComparer.Ordinal);
}
