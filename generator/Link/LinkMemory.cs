using StaticKb.Diagnostics;
using StaticKb.Load;
using StaticKb.Model;

namespace StaticKb.Link;

/// <summary>
/// The last Link stage's result, kept by <c>statickb serve</c>. When only article bodies changed since, the pairs,
/// the entity index and every reference check still hold (they come from front matter): the changed articles are
/// put in their pairs and only their translations' states are worked out again, instead of pairing and checking
/// thousands of files on every save.
/// </summary>
public sealed class LinkMemory
{
    private (LoadedSite Loaded, LinkedSite Linked, IReadOnlyList<Diagnostic> Diagnostics)? _last;

    internal void Remember(LoadedSite loaded, LinkedSite linked, IReadOnlyList<Diagnostic> diagnostics) => _last = (loaded, linked, diagnostics);

    public void Clear() => _last = null;

    /// <summary>
    /// The last result with the articles at <paramref name="bodyOnlyChanges"/> (paths whose body alone changed since
    /// it was made) put in, and its diagnostics; null when that cannot be: nothing remembered, or anything else changed.
    /// </summary>
    internal (LinkedSite Linked, IReadOnlyList<Diagnostic> Diagnostics)? Update(LoadedSite site, IReadOnlySet<string>? bodyOnlyChanges,
        Func<IEnumerable<TranslationPair<Article>>, List<TranslationStatus>> statuses)
    {
        // site.yml is read on every build, but a change to it clears the memory (BuildCache).
        if (_last is not { } last || bodyOnlyChanges is null || last.Loaded.Articles.Count != site.Articles.Count || last.Loaded.Entities.Count != site.Entities.Count)
            return null;
        var changed = site.Articles.Where(a => bodyOnlyChanges.Contains(a.Source.Path)).ToDictionary(a => a.Source.Path, StringComparer.Ordinal);
        if (changed.Count != bodyOnlyChanges.Count) return null;
        if (changed.Count == 0) return (last.Linked with { Loaded = site }, last.Diagnostics);

        var changedKeys = new HashSet<string>(StringComparer.Ordinal);
        var pairs = last.Linked.Articles.Select(pair =>
        {
            if (!pair.ByLanguage.Values.Any(a => changed.ContainsKey(a.Source.Path))) return pair;
            changedKeys.Add(pair.Key);
            return new TranslationPair<Article>(pair.Key, pair.ByLanguage.ToDictionary(v => v.Key, v => changed.GetValueOrDefault(v.Value.Source.Path) ?? v.Value));
        }).ToList();
        // Each pair gives its states in the same number and order as before (which versions exist is front matter
        // and file names): the changed pairs' states take the places of their old ones.
        var fresh = statuses(pairs.Where(p => changedKeys.Contains(p.Key))).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => new Queue<TranslationStatus>(g));
        var states = last.Linked.TranslationStatuses
            .Select(s => s.Section == ContentLoader.ArticlesSection && fresh.TryGetValue(s.Key, out var queue) ? queue.Dequeue() : s)
            .ToList();
        // The copy shares the entity index and the listings by entity (front matter) with the result it came from.
        return (last.Linked with { Loaded = site, Articles = pairs, TranslationStatuses = states }, last.Diagnostics);
    }
}
