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

    /// <summary>Articles (by key, newest first) whose front matter lists the entity among those it mentions or reports.</summary>
    public IReadOnlyList<string> ArticlesListing(string entityId) => Listings.Value.GetValueOrDefault(entityId) ?? [];

    // Made in one pass over the articles when first asked: per entity, a scan of every article was quadratic.
    private Lazy<Dictionary<string, List<string>>> Listings { get; } = new(() =>
    {
        var source = Loaded.Config.DefaultLanguage.Code;
        var byEntity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in Articles
                     .OrderByDescending(a => a.Primary(source).Date)
                     .ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            var article = pair.Primary(source);
            foreach (var id in article.Entities.Concat(article.Conferences).Distinct(StringComparer.Ordinal))
            {
                if (!byEntity.TryGetValue(id, out var keys)) byEntity[id] = keys = new();
                keys.Add(pair.Key);
            }
        }
        return byEntity;
    });
}
