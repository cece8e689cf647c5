using StaticKb.Import.Figures;
using StaticKb.Model;

namespace StaticKb.Import.Output;

/// <summary>Everything that goes into <c>content/vi/articles/&lt;slug&gt;.md</c>.</summary>
public sealed record ArticleFile(
    string Title,
    bool TitleNeedsReview,
    PartialDate? Date,
    string? Source,
    string? Url,
    string TranslationKey,
    string Summary,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> Conferences,
    IReadOnlyList<Figure> Figures,
    string SeedPath,
    string SeedHash,
    string Body)
{
    /// <summary>The file's text: front matter in the order the build reads it, the body, and the output hash.</summary>
    public string Render()
    {
        var yaml = new FrontMatterEmitter()
            .Text("title", Title)
            .Flag("title_needs_review", TitleNeedsReview)
            .Plain("date", Date?.Iso)
            .Flag("date_inferred", Date?.Inferred == true)
            .Text("source", Source)
            .Text("url", Url)
            .Plain("translation_key", TranslationKey)
            .Text("summary", Summary)
            .PlainList("entities", Entities)
            .PlainList("conferences", Conferences)
            .Records("figures", Figures, (e, f) => e
                .Text("value", f.Value)
                .Text("unit", f.Unit)
                .Text("measure", f.Measure)
                .Text("period", f.Period))
            .Map("import", e => e
                .Plain("seed", SeedPath)
                .Text("seed_hash", SeedHash))
            .Finish();
        return OutputHash.Stamp(yaml + Body);
    }
}
