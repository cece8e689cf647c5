using StaticKb.Diagnostics;
using StaticKb.Model;

namespace StaticKb.Load;

/// <summary>Turns an article's front matter into an <see cref="Article"/>, reporting each problem at its position.</summary>
public static class ArticleReader
{
    public static Article? Read(ContentSource source, YamlMapReader fm, string body, DiagnosticBag diagnostics)
    {
        var title = fm.String("title", required: true);
        var titleNeedsReview = fm.Bool("title_needs_review");
        var inferred = fm.Bool("date_inferred");
        var date = fm.Date("date", required: true, inferred: inferred);
        var sourceName = fm.String("source");
        var url = fm.String("url");
        var key = fm.String("translation_key", required: true);
        var summary = fm.String("summary");
        var tags = fm.StringList("tags");
        var entityRefs = fm.LocatedStringList("entities");
        var conferenceRefs = fm.LocatedStringList("conferences");
        var entities = entityRefs.Select(r => r.Value).ToList();
        var conferences = conferenceRefs.Select(r => r.Value).ToList();
        var figures = fm.MapList("figures", f =>
        {
            var value = f.String("value", required: true);
            var unit = f.String("unit");
            var measure = f.String("measure", required: true);
            var period = f.String("period");
            var series = f.String("series");
            var type = f.String("type");
            if (series is not null) ContentRules.CheckKey(series, f.LocationOf("series") ?? f.Location, diagnostics, "series");
            if (type is not null and not ("target" or "result"))
                diagnostics.Error(f.LocationOf("type") ?? f.Location, $"figure type '{type}' must be 'target' or 'result'");
            return value is null || measure is null ? null : new KeyFigure(value, unit, measure, period, series, type);
        });
        ImportProvenance? import = null;
        var importMap = fm.Map("import");
        if (importMap is not null)
        {
            var seed = importMap.String("seed", required: true);
            var seedHash = importMap.String("seed_hash", required: true);
            var outputHash = importMap.String("output_hash", required: true);
            importMap.ReportUnknownKeys();
            if (seed is not null && seedHash is not null && outputHash is not null) import = new ImportProvenance(seed, seedHash, outputHash);
        }
        var translatedFrom = fm.String("source_hash");
        var draft = fm.Bool("draft");
        fm.ReportUnknownKeys();

        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")))
        {
            diagnostics.Error(fm.LocationOf("url") ?? fm.Location, $"url '{url}' is not an absolute http(s) URL", "write the article's address, e.g. https://baolangson.vn/…");
            url = null;
        }
        if (key is not null) ContentRules.CheckKey(key, fm.LocationOf("translation_key") ?? fm.Location, diagnostics);

        if (title is null || date is null || key is null) return null;
        return new Article(source, title, titleNeedsReview, date, sourceName, url, key, summary, tags, entities, conferences,
            figures, import, translatedFrom, draft, body)
        {
            ReferenceLocations = entityRefs.Concat(conferenceRefs).GroupBy(r => r.Value).ToDictionary(g => g.Key, g => g.First().At),
        };
    }
}
