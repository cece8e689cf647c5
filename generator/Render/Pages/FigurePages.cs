using StaticKb.Link;
using StaticKb.Render.Charts;
using StaticKb.Render.Formatting;
using StaticKb.Render.Templates;

namespace StaticKb.Render.Pages;

/// <summary>
/// The key figures page of one language: every figure recorded in the articles, and a chart for each series
/// (figures that share a <c>series</c> key across articles), with its data table beside it.
/// </summary>
public static class FigurePages
{
    public static IReadOnlyDictionary<string, object?> Build(LinkedSite site, string lang, I18nStrings strings, IReadOnlyDictionary<string, ArticleView> articles)
    {
        var source = site.Loaded.Config.DefaultLanguage.Code;
        var rows = new List<(string? Series, bool IsTarget, FigureRowView Row, string Raw, string Number)>();
        foreach (var pair in site.Articles.OrderBy(p => p.Primary(source).Date).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!articles.TryGetValue(pair.Key, out var view)) continue;
            var here = pair.In(lang);
            var primary = pair.Primary(source);
            // Figures are recorded in the source; a translation may give the measure and period in its own words.
            for (var i = 0; i < primary.Figures.Count; i++)
            {
                var f = primary.Figures[i];
                var translated = here is not null && here.Figures.Count == primary.Figures.Count;
                var local = translated ? here!.Figures[i] : f;
                var typeLabel = f.Type is null ? null : strings.Get(lang, "figure_type_" + f.Type);
                rows.Add((f.Series, f.Type == "target", new FigureRowView(local.Measure, NumberFormatter.Format(f.Value, lang) + (f.Unit is null or "%" ? f.Unit ?? "" : " " + local.Unit),
                    local.Period, typeLabel, view.Title, view.Url, view.DateIso, translated ? lang : source), f.Value,
                    NumberFormatter.Format(f.Value, lang) + (f.Unit == "%" ? "%" : "")));
            }
        }
        var series = rows.Where(r => r.Series is not null).GroupBy(r => r.Series!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .Select(g =>
            {
                var title = strings.GetOrDefault(lang, "series_" + g.Key.Replace('-', '_'), g.Key.Replace('-', ' '));
                var bars = g.Select(r => (r, v: FigureValue.Parse(r.Raw))).Where(x => x.v is not null)
                    .Select(x => new Bar($"{x.r.Row.Period}{(x.r.Row.TypeLabel is null ? "" : " (" + x.r.Row.TypeLabel + ")")}", x.r.Number, x.v!, x.r.IsTarget))
                    .ToList();
                var svg = BarChartSvg.Render(bars, title, strings.Get(lang, "figures_chart_desc"), "chart-" + g.Key);
                return new FigureSeriesView(title, "series-" + g.Key, svg.Length > 0 ? new RawHtml(svg) : null, g.Select(r => r.Row).ToList());
            })
            .ToList();
        return new Dictionary<string, object?>
        {
            ["series"] = series,
            ["rows"] = rows.Select(r => r.Row).ToList(),
        };
    }
}
