using StaticKb.Diagnostics;
using StaticKb.Load;
using StaticKb.Model;

namespace StaticKb.Link;

/// <summary>
/// The Link stage: pairs translations by translation key, checks that every entity an article lists exists,
/// and works out which translations are missing or stale.
/// </summary>
public static class SiteLinker
{
    /// <param name="memory">The last result (<c>statickb serve</c>), or null.</param>
    /// <param name="bodyOnlyChanges">
    /// Paths of the articles whose body alone changed since the result <paramref name="memory"/> holds, when nothing
    /// else did; null when anything else may have.
    /// </param>
    public static LinkedSite Link(LoadedSite site, DiagnosticBag diagnostics, LinkMemory? memory = null, IReadOnlySet<string>? bodyOnlyChanges = null)
    {
        if (memory?.Update(site, bodyOnlyChanges, pairs => ArticleStatuses(site, pairs)) is { } updated)
        {
            diagnostics.AddRange(updated.Diagnostics);
            memory.Remember(site, updated.Linked, updated.Diagnostics);
            return updated.Linked;
        }
        var found = new DiagnosticBag();
        var linked = LinkAll(site, found);
        var sorted = found.Sorted();
        diagnostics.AddRange(sorted);
        memory?.Remember(site, linked, sorted);
        return linked;
    }

    private static LinkedSite LinkAll(LoadedSite site, DiagnosticBag diagnostics)
    {
        var source = site.Config.DefaultLanguage.Code;
        // Drafts are checked like everything else but not published: a translation in progress leaves the
        // knowledge card in place instead of showing half-translated text.
        var articles = Pair(site.Articles.Where(a => !a.Draft), a => a.TranslationKey, a => a.Language, a => a.Source);
        var entities = Pair(site.Entities, e => e.Id, e => e.Language, e => e.Source)
            .Select(p => new TranslationPair<Entity>(p.Primary(source).TranslationKey, p.ByLanguage))
            .ToList();
        var linked = new LinkedSite(site, articles, entities, []);

        foreach (var article in site.Articles)
        {
            foreach (var id in article.Entities.Concat(article.Conferences))
            {
                if (linked.Entity(id) is null)
                    diagnostics.Error(article.ReferenceLocations.GetValueOrDefault(id, new SourceLocation(article.Source.Path, 1, 1)),
                        $"front matter lists an unknown entity '{id}'",
                        "check the spelling (kind/key), or add the entity page in content/<lang>/<kind>/");
            }
        }
        foreach (var entity in site.Entities)
        {
            foreach (var id in new[] { entity.Issuer, entity.Chair }.Concat(entity.Organisers).OfType<string>())
            {
                if (linked.Entity(id) is null)
                    diagnostics.Error(new SourceLocation(entity.Source.Path, 1, 1), $"front matter refers to an unknown entity '{id}'",
                        "write it as kind/key, e.g. organisation/bo-ngoai-giao");
            }
        }
        var statuses = ArticleStatuses(site, articles);
        statuses.AddRange(TranslationStatuses(site, entities.Select(p => (p.Primary(source).Kind.Folder(), p.Key, (IReadOnlyDictionary<string, ITranslatable>)Wrap(p)))));
        return linked with { TranslationStatuses = statuses };
    }

    private static List<TranslationStatus> ArticleStatuses(LoadedSite site, IEnumerable<TranslationPair<Article>> articles) =>
        TranslationStatuses(site, articles.Select(p => (ContentLoader.ArticlesSection, p.Key, (IReadOnlyDictionary<string, ITranslatable>)Wrap(p))));

    // Of two files claiming one key (already an error), the one named after the key is used, as ContentLoader reports.
    private static List<TranslationPair<T>> Pair<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> language, Func<T, ContentSource> source)
        where T : class =>
        items.GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TranslationPair<T>(g.Key, g.GroupBy(language).ToDictionary(l => l.Key,
                l => l.OrderBy(x => key(x).EndsWith(source(x).Slug, StringComparison.Ordinal) ? 0 : 1)
                    .ThenBy(x => source(x).Path, StringComparer.Ordinal).First())))
            .ToList();

    private interface ITranslatable
    {
        string Path { get; }
        string Body { get; }
        string? TranslatedFrom { get; }
    }

    /// <summary>The body is read only for an original that has a translation to compare (an article's may be on disk).</summary>
    private sealed record Translatable(string Path, Func<string> ReadBody, string? TranslatedFrom) : ITranslatable
    {
        public string Body => ReadBody();
    }

    private static Dictionary<string, ITranslatable> Wrap(TranslationPair<Article> p) =>
        p.ByLanguage.ToDictionary(kv => kv.Key, kv => (ITranslatable)new Translatable(kv.Value.Source.Path, () => kv.Value.Body, kv.Value.TranslatedFrom));

    private static Dictionary<string, ITranslatable> Wrap(TranslationPair<Entity> p) =>
        p.ByLanguage.ToDictionary(kv => kv.Key, kv => (ITranslatable)new Translatable(kv.Value.Source.Path, () => kv.Value.Body, kv.Value.TranslatedFrom));

    private static List<TranslationStatus> TranslationStatuses(LoadedSite site,
        params IEnumerable<(string Section, string Key, IReadOnlyDictionary<string, ITranslatable> Versions)>[] groups)
    {
        var source = site.Config.DefaultLanguage.Code;
        var items = groups.SelectMany(g => g).ToList();
        // On every core: each original's body is hashed (and, in a one-off build, read back from the scratch file
        // first), which at 10,000 pairs is most of this stage.
        var statuses = new TranslationStatus[items.Count][];
        Parallel.For(0, items.Count, i =>
        {
            var (section, key, versions) = items[i];
            if (!versions.TryGetValue(source, out var original))
            {
                statuses[i] = [];
                return;
            }
            statuses[i] = site.Config.Languages.Skip(1).Select(lang =>
            {
                var translation = versions.GetValueOrDefault(lang.Code);
                var state = translation is null ? TranslationState.Missing
                    : translation.TranslatedFrom is not null && translation.TranslatedFrom == ContentHash.Of(original.Body) ? TranslationState.Current
                    : TranslationState.Stale;
                return new TranslationStatus(section, key, original.Path, translation?.Path, state);
            }).ToArray();
        });
        return statuses.SelectMany(s => s).ToList();
    }
}
