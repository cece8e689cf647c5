using System.Globalization;
using StaticKb.Link;
using StaticKb.Model;
using StaticKb.Render.Charts;
using StaticKb.Render.Formatting;
using StaticKb.Render.Templates;

namespace StaticKb.Render.Pages;

/// <summary>
/// The timeline's pages for one language: everything, documents only, conferences only, and one page per year.
/// Narrowing works by following links (no JavaScript needed); timeline.js adds a year-range filter on top.
/// </summary>
public static class TimelinePages
{
    /// <param name="Data">Made when the page is rendered (a page <c>statickb serve</c> keeps needs none).</param>
    public sealed record TimelinePage(string SitePath, string Title, Func<IReadOnlyDictionary<string, object?>> Data);

    public static IEnumerable<TimelinePage> Build(IReadOnlyList<TimelineEntry> entries, ViewBuilder views, I18nStrings strings,
        string lang, IReadOnlyDictionary<string, ArticleView> articles)
    {
        // The entries' views are shared by the pages, made once by whichever page is rendered first.
        var entryViews = new Lazy<List<(TimelineEntry Entry, TimelineEntryView View)>>(() => entries.Select(e => (e, views.TimelineEntry(e, articles))).ToList());
        var years = entries.Where(e => e.Date is not null).Select(e => e.Date!.Year).Distinct().Order().ToList();
        var filters = new List<(string? Filter, string Title, Func<TimelineEntry, bool> Keep)>
        {
            (null, strings.Get(lang, "timeline_title"), _ => true),
            ("documents", strings.Get(lang, "timeline_documents"), e => e.Kind == EntityKind.Document),
            ("conferences", strings.Get(lang, "timeline_conferences"), e => e.Kind == EntityKind.Conference),
        };
        foreach (var y in years)
        {
            var year = y.ToString(CultureInfo.InvariantCulture);
            filters.Add((year, $"{strings.Get(lang, "timeline_title")} {year}", e => e.Date?.Year == y));
        }
        var kindLinks = filters.Take(3).Select(f => (f.Filter, f.Title)).ToList();
        foreach (var (filter, title, keep) in filters)
            yield return new TimelinePage(SitePaths.Timeline(lang, filter), title, () => Data(filter, title, keep));

        IReadOnlyDictionary<string, object?> Data(string? filter, string title, Func<TimelineEntry, bool> keep)
        {
            var chosen = entryViews.Value.Where(x => keep(x.Entry)).ToList();
            var groups = chosen
                .GroupBy(x => x.Entry.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? strings.Get(lang, "undated"))
                .Select(g => new TimelineYearView(g.Key, "y" + (g.First().Entry.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? "undated"), g.Select(x => x.View).ToList()))
                .ToList();
            var marks = chosen.Where(x => x.Entry.Date is not null)
                .Select(x => new TimelineMark(x.Entry.Date!, x.Entry.Kind == EntityKind.Conference, $"{x.View.Date} · {ShortName(x.Entry, x.View)}"))
                .ToList();
            var shownYears = marks.Select(x => x.Date.Year).DefaultIfEmpty().ToList();
            var description = string.Format(CultureInfo.InvariantCulture, strings.Get(lang, "timeline_svg_desc"), marks.Count,
                shownYears.Min(), shownYears.Max());
            var svg = TimelineSvg.Render(marks, title, description, "tl-svg");
            return new Dictionary<string, object?>
            {
                ["years"] = groups,
                ["svg"] = svg.Length > 0 ? new RawHtml(svg) : null,
                ["filter"] = filter ?? "all",
                ["kind_links"] = kindLinks.Select(k => new LinkView(k.Title, views.Link(SitePaths.Timeline(lang, k.Filter)), k.Filter == filter)).ToList(),
                ["year_links"] = years.Select(y => new LinkView(y.ToString(CultureInfo.InvariantCulture),
                    views.Link(SitePaths.Timeline(lang, y.ToString(CultureInfo.InvariantCulture))), filter == y.ToString(CultureInfo.InvariantCulture))).ToList(),
            };
        }
    }

    // On the picture a document is best known by its number; a conference by its name.
    private static string ShortName(TimelineEntry entry, TimelineEntryView view)
    {
        var number = entry.Entity.ByLanguage.Values.Select(e => e.Number).FirstOrDefault(n => n is not null);
        return number ?? view.Name;
    }
}
