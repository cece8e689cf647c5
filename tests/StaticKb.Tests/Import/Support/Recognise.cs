using StaticKb.Import;
using StaticKb.Import.Dates;
using StaticKb.Import.Layout;
using StaticKb.Import.Recognition;

namespace StaticKb.Tests.Import.Support;

/// <summary>Runs recognition over a few lines of article text, as the body of a seed with a title.</summary>
public static class Recognise
{
    public static RecognisedArticle Article(string body, IReadOnlyList<KnownEntity>? registry = null)
    {
        var draft = SeedLayout.Parse(SeedFixtures.Of("Tiêu đề bài báo\n" + body));
        return ArticleRecognizer.Recognise(draft, ArticleDateFinder.Find(draft), new EntityRegistry(registry ?? SeedRegistry.Entities));
    }

    /// <summary>The mentions of the first block as "kind/key|surface", in text order.</summary>
    public static IReadOnlyList<string> Mentions(string sentence, IReadOnlyList<KnownEntity>? registry = null) =>
        Article(sentence, registry).BlockMentions[0].Select(m => $"{m.Ref}|{m.Surface}").ToList();

    public static IReadOnlyList<string> AllMentions(RecognisedArticle article) =>
        article.BlockMentions.SelectMany(b => b).Select(m => $"{m.Ref}|{m.Surface}").ToList();

    public static T FactsOf<T>(RecognisedArticle article, string reference) where T : EntityFacts =>
        article.Sightings.Where(s => s.Mention.Ref == reference).Select(s => s.Facts).OfType<T>().First();
}
