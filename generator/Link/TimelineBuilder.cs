using StaticKb.Model;

namespace StaticKb.Link;

/// <summary>
/// Documents and conferences in date order. Dates of mixed precision sort by the first day they can stand for,
/// the vaguer one first (the year 2024 before 2024-07-18); undated entries come last, by name.
/// </summary>
public static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEntry> Build(LinkedSite site)
    {
        var source = site.Loaded.Config.DefaultLanguage.Code;
        return site.Entities
            .Select(p => (Pair: p, Entity: p.Primary(source)))
            .Where(x => x.Entity.Kind is EntityKind.Document or EntityKind.Conference)
            .Select(x => new TimelineEntry(x.Pair, x.Entity.Kind, x.Entity.Date, site.ArticlesListing(x.Entity.Id)))
            .OrderBy(e => e.Date is null)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.Entity.Key, StringComparer.Ordinal)
            .ToList();
    }
}
