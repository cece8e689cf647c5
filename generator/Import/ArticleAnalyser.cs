using StaticKb.Import.Dates;
using StaticKb.Import.Figures;
using StaticKb.Import.Layout;
using StaticKb.Import.Output;
using StaticKb.Import.Recognition;
using StaticKb.Import.Seeds;

namespace StaticKb.Import;

/// <summary>A seed read and understood, before it is given a file name: everything but I/O.</summary>
public sealed record AnalysedArticle(
    SeedText Seed,
    ArticleDraft Draft,
    ArticleDate Date,
    string Title,
    bool TitleDerived,
    RecognisedArticle Recognised,
    IReadOnlyList<Figure> Figures,
    string Body,
    IReadOnlyList<EditorNote> Notes)
{
    public IReadOnlyList<string> Entities(Func<string, bool> where) =>
        Recognised.Sightings.Select(s => s.Mention).Where(m => where(m.Kind)).Select(m => m.Ref).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The article file, once its slug is known.</summary>
    public ArticleFile File(string slug) => new(
        Title, TitleDerived, Date.Date, Draft.Source, Draft.Url, slug, Draft.Lead?.Text ?? "",
        Entities(k => k != EntityKinds.Conference), Entities(k => k == EntityKinds.Conference), Figures,
        Seed.Path, Seed.Hash, Body);
}

/// <summary>Seed → layout → date → title → recognition → figures → annotated body. Pure: no disk, so tests need none.</summary>
public static class ArticleAnalyser
{
    public static AnalysedArticle Analyse(SeedText seed, EntityRegistry registry)
    {
        var draft = SeedLayout.Parse(seed);
        var date = ArticleDateFinder.Find(draft);
        var lead = draft.Lead;
        var derived = draft.Title is null;
        var title = draft.Title ?? (lead is null ? Path.GetFileNameWithoutExtension(seed.Path) : TitleDeriver.Derive(lead.Text));
        var recognised = ArticleRecognizer.Recognise(draft, date, registry);
        var figures = FigureFinder.Find(draft.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text));
        var body = AnnotatedMarkdown.Body(draft.Blocks, recognised.BlockMentions);

        var notes = new List<EditorNote>();
        if (derived)
            notes.Add(new EditorNote(EditorNote.NoTitle, $"the seed has no title line; \"{title}\" was made from the lead", lead?.Line ?? 1, lead?.Column ?? 1));
        if (date.Date is null)
            notes.Add(new EditorNote(EditorNote.NoDate, "no date or year found in the text; add date by hand"));
        else if (date.Date.Inferred)
            notes.Add(new EditorNote(EditorNote.InferredYear, $"the year {date.Date.Year} is inferred: {date.Evidence}"));
        foreach (var first in recognised.Sightings.Where(s => !s.Mention.Known && s.Mention.Kind != EntityKinds.Conference).GroupBy(s => s.Mention.Ref).Select(g => g.First()))
        {
            var topic = first.Mention.Kind == EntityKinds.Person ? EditorNote.UnknownPerson : EditorNote.NewEntity;
            notes.Add(new EditorNote(topic, $"{first.Mention.Ref} (\"{first.Mention.Surface}\") is not in the registry; its page is marked needs_review", first.Line, first.Column));
        }
        notes.AddRange(recognised.Notes);
        return new AnalysedArticle(seed, draft, date, title, derived, recognised, figures, body, notes);
    }
}
