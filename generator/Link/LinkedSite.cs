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
    public IReadOnlyList<string> ArticlesListing(string entityId) => Order.Listings.Value.GetValueOrDefault(entityId) ?? [];

    /// <summary>
    /// Places in <see cref="Articles"/>, newest first, then by key: the order of every list of articles. Sorted once per
    /// linked site (each language's pages and the listings used to sort 20,000 pairs each).
    /// </summary>
    public IReadOnlyList<int> NewestFirst => Order.NewestFirst.Value;

    // Both come from front matter alone: the copy LinkMemory makes for a body-only change shares them (its pairs sit
    // at the same places), so serve neither sorts nor lists again on such a save. A copy with other articles must
    // not share them; one with another number of articles is caught here.
    private ArticleOrder Order => FrontMatterOrder.Count == Articles.Count ? FrontMatterOrder
        : throw new InvalidOperationException("a copy of a linked site with other articles cannot share their order: make a new LinkedSite");

    private ArticleOrder FrontMatterOrder { get; } = new(Loaded, Articles);

    /// <summary>What the articles' front matter orders and lists, each worked out once when first asked.</summary>
    private sealed class ArticleOrder
    {
        public int Count { get; }

        public Lazy<int[]> NewestFirst { get; }

        // Made in one pass over the articles: per entity, a scan of every article was quadratic.
        public Lazy<Dictionary<string, List<string>>> Listings { get; }

        public ArticleOrder(LoadedSite loaded, IReadOnlyList<TranslationPair<Article>> articles)
        {
            var source = loaded.Config.DefaultLanguage.Code;
            Count = articles.Count;
            NewestFirst = new(() => Enumerable.Range(0, articles.Count)
                .OrderByDescending(i => articles[i].Primary(source).Date)
                .ThenBy(i => articles[i].Key, StringComparer.Ordinal)
                .ToArray());
            Listings = new(() =>
            {
                var byEntity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var i in NewestFirst.Value)
                {
                    var article = articles[i].Primary(source);
                    foreach (var id in article.Entities.Concat(article.Conferences).Distinct(StringComparer.Ordinal))
                    {
                        if (!byEntity.TryGetValue(id, out var keys)) byEntity[id] = keys = new();
                        keys.Add(articles[i].Key);
                    }
                }
                return byEntity;
            });
        }
    }
}
