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
    private (LoadedSite Loaded, LinkedSite Linked, IReadOnlyList<Diagnostic> Diagnostics, Positions? At)? _last;
    private (LinkedSite Linked, Positions At)? _updated;

    /// <summary>
    /// Where things sit in the remembered result: each article file's place among the loaded articles and its pair's
    /// place among the pairs, and each pair's places among the translation states. An update reads and replaces only
    /// the changed articles' entries: at 10,000 pairs, walking every article and state of a heap of gigabytes cost
    /// 40–50 ms a save, mostly waiting on memory.
    /// </summary>
    private sealed record Positions(Dictionary<string, int> Article, Dictionary<string, int> Pair, Dictionary<string, List<int>> States);

    internal void Remember(LoadedSite loaded, LinkedSite linked, IReadOnlyList<Diagnostic> diagnostics)
    {
        // An updated result keeps the places of the one it came from.
        var at = _updated is { } u && ReferenceEquals(u.Linked, linked) ? u.At : null;
        _last = (loaded, linked, diagnostics, at);
        _updated = null;
    }

    public void Clear() => (_last, _updated) = (null, null);

    /// <summary>Works out where things sit in the remembered result now, rather than on the next save that needs it.</summary>
    internal void Prepare()
    {
        if (_last is { At: null } last) _last = last with { At = Locate(last.Loaded, last.Linked) };
    }

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
        var at = last.At ?? Locate(last.Loaded, last.Linked);
        // Only bodies changed, so the same files are loaded in the same order: a changed article is where it was.
        var changed = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var path in bodyOnlyChanges)
        {
            if (!at.Article.TryGetValue(path, out var i) || site.Articles[i].Source.Path != path) return null;
            changed[path] = site.Articles[i];
        }
        if (changed.Count == 0) return Updated(last.Linked with { Loaded = site }, last.Diagnostics, at);

        var pairs = last.Linked.Articles.ToList();
        var changedPairs = new List<TranslationPair<Article>>();
        foreach (var j in changed.Keys.Where(at.Pair.ContainsKey).Select(path => at.Pair[path]).Distinct().Order())
        {
            var pair = pairs[j];
            pairs[j] = new TranslationPair<Article>(pair.Key, pair.ByLanguage.ToDictionary(v => v.Key, v => changed.GetValueOrDefault(v.Value.Source.Path) ?? v.Value));
            changedPairs.Add(pairs[j]);
        }
        // Each pair gives its states in the same number and order as before (which versions exist is front matter
        // and file names): the changed pairs' states take the places of their old ones.
        var states = last.Linked.TranslationStatuses.ToList();
        foreach (var group in statuses(changedPairs).GroupBy(s => s.Key))
        {
            var places = at.States.GetValueOrDefault(group.Key) ?? [];
            var fresh = group.ToList();
            if (fresh.Count != places.Count) return null;
            for (var k = 0; k < fresh.Count; k++) states[places[k]] = fresh[k];
        }
        // The copy shares the entity index and the listings by entity (front matter) with the result it came from.
        return Updated(last.Linked with { Loaded = site, Articles = pairs, TranslationStatuses = states }, last.Diagnostics, at);
    }

    private (LinkedSite Linked, IReadOnlyList<Diagnostic> Diagnostics) Updated(LinkedSite linked, IReadOnlyList<Diagnostic> diagnostics, Positions at)
    {
        _updated = (linked, at);
        return (linked, diagnostics);
    }

    private static Positions Locate(LoadedSite loaded, LinkedSite linked)
    {
        var article = new Dictionary<string, int>(loaded.Articles.Count, StringComparer.Ordinal);
        for (var i = 0; i < loaded.Articles.Count; i++) article[loaded.Articles[i].Source.Path] = i;
        var pair = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < linked.Articles.Count; j++)
            foreach (var version in linked.Articles[j].ByLanguage.Values) pair[version.Source.Path] = j;
        var states = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < linked.TranslationStatuses.Count; k++)
        {
            var status = linked.TranslationStatuses[k];
            if (status.Section != ContentLoader.ArticlesSection) continue;
            if (!states.TryGetValue(status.Key, out var places)) states[status.Key] = places = [];
            places.Add(k);
        }
        return new Positions(article, pair, states);
    }
}
