using System.Text.RegularExpressions;
using StaticKb.Import.Dates;
using StaticKb.Import.Layout;
using StaticKb.Model;

namespace StaticKb.Import.Recognition;

/// <summary>A mention chosen for annotation, with what it says about its entity and where it is in the seed.</summary>
public sealed record EntitySighting(Mention Mention, EntityFacts? Facts, int Line, int Column);

/// <summary>The mentions of each block (in block order), every sighting, and what the editor must decide.</summary>
public sealed record RecognisedArticle(IReadOnlyList<IReadOnlyList<Mention>> BlockMentions, IReadOnlyList<EntitySighting> Sightings, IReadOnlyList<EditorNote> Notes);

/// <summary>
/// Runs the recognisers over an article in the order their evidence needs: registry names, document numbers,
/// organisation and place shapes first; then short document references (which may point at a number cited
/// later in the article); then people (whose titles may enclose an organisation); then conferences (whose chair
/// and organiser are people and organisations already found).
/// </summary>
public static partial class ArticleRecognizer
{
    public static RecognisedArticle Recognise(ArticleDraft draft, ArticleDate dates, EntityRegistry registry)
    {
        var blocks = draft.Blocks;
        var leadIndex = draft.Lead is { } lead ? IndexOf(blocks, lead) : -1;
        var notes = new List<EditorNote>();
        var ambiguous = new List<(int Block, int Start, string Surface, IReadOnlyList<KnownEntity> Entities)>();
        var candidates = new List<Candidate>[blocks.Count];

        for (var b = 0; b < blocks.Count; b++)
        {
            var text = blocks[b].Text;
            var amb = new List<(int Start, string Surface, IReadOnlyList<KnownEntity> Entities)>();
            candidates[b] = [.. RegistryMatcher.Find(text, registry, amb), .. DocumentRecognizer.FindNumbered(text, registry),
                .. OrganisationRecognizer.Find(text, registry), .. PlaceRecognizer.Find(text, registry)];
            if (b == leadIndex && PlaceRecognizer.Dateline(text, registry) is { } dateline) candidates[b].Add(dateline);
            ambiguous.AddRange(amb.Select(a => (b, a.Start, a.Surface, a.Entities)));
        }

        ResolveShortDocumentReferences(blocks, candidates, registry, notes);

        // A role is stated "as of" the article's month: precise enough to order a career, and never more precise than the article.
        var asOf = dates.Date is { } d ? new PartialDate(d.Year, d.Month) : null;
        var mentions = new IReadOnlyList<Mention>[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var text = blocks[b].Text;
            var first = Mentions(MentionResolver.Resolve(text, candidates[b], blocks[b].Protected));
            candidates[b].AddRange(PersonRecognizer.Find(text, first, registry, asOf));
            mentions[b] = Mentions(MentionResolver.Resolve(text, candidates[b], blocks[b].Protected));
        }

        // A new entity found once ("HÀ NỘI - …", "Thứ trưởng … Nguyễn Minh Hằng") is annotated wherever else it is named.
        var found = candidates.SelectMany(c => c).Where(c => !c.Mention.Known && c.Facts is PersonFacts or NamedFacts).ToList();
        for (var b = 0; b < blocks.Count; b++)
        {
            candidates[b].AddRange(LaterMentions(blocks[b].Text, found));
            mentions[b] = Mentions(MentionResolver.Resolve(blocks[b].Text, candidates[b], blocks[b].Protected));
        }

        var conferences = ConferenceRecognizer.Find(blocks, mentions, leadIndex, dates, registry);
        foreach (var (b, c) in conferences) candidates[b].Add(c);
        if (conferences.Select(c => c.Candidate.Mention.Key).Distinct().Count() == 1)
        {
            var only = conferences[0].Candidate.Mention;
            for (var b = 0; b < blocks.Count; b++)
                foreach (var at in ConferenceRecognizer.BareMentions(blocks[b].Text))
                    candidates[b].Add(new Candidate(only with { Start = at, Surface = blocks[b].Text.Substring(at, "hội nghị".Length) }, Candidate.Pattern));
        }
        else if (conferences.Count == 0 && blocks.Any(b => CapitalisedConference().IsMatch(b.Text)))
        {
            notes.Add(new EditorNote(EditorNote.UndatedConference,
                "the article mentions a \"Hội nghị\" but never names or dates it; add the conference by hand if it should be on the timeline"));
        }

        var final = new IReadOnlyList<Mention>[blocks.Count];
        var sightings = new List<EntitySighting>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var chosen = MentionResolver.Resolve(block.Text, candidates[b], block.Protected);
            final[b] = Mentions(chosen);
            foreach (var c in chosen)
            {
                var facts = c.Facts is DocumentFacts doc && doc.Issuer is null ? doc with { Issuer = Issuer(block.Text, c.Mention, final[b], doc.Number, registry) } : c.Facts;
                sightings.Add(new EntitySighting(c.Mention, facts, block.Line, block.Column + c.Mention.Start));
            }
            foreach (var a in ambiguous.Where(a => a.Block == b && !final[b].Any(m => m.Start <= a.Start && m.End >= a.Start + a.Surface.Length)))
                notes.Add(new EditorNote(EditorNote.Ambiguous,
                    $"\"{a.Surface}\" names several known entities ({string.Join(", ", a.Entities.Select(e => e.Ref))}); not annotated",
                    block.Line, block.Column + a.Start));
        }
        return new RecognisedArticle(final, sightings, notes);
    }

    /// <summary>Other occurrences of the names of entities this article introduced, by their name and by how they were written.</summary>
    private static IEnumerable<Candidate> LaterMentions(string text, IReadOnlyList<Candidate> found)
    {
        var surfaces = found
            .SelectMany(c => new[] { c.Facts!.Name, c.Mention.Surface }.Select(s => (Surface: s, c.Mention)))
            .DistinctBy(x => (x.Surface, x.Mention.Ref))
            .ToList();
        foreach (var (surface, mention) in surfaces)
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                if (VietnameseText.IsWholeWord(text, at, at + surface.Length))
                    yield return new Candidate(mention with { Start = at, Surface = surface }, Candidate.Pattern);
    }

    /// <summary>"Chỉ thị số 15": annotated when exactly one known or cited Chỉ thị has a number starting with 15.</summary>
    private static void ResolveShortDocumentReferences(IReadOnlyList<Block> blocks, List<Candidate>[] candidates, EntityRegistry registry, List<EditorNote> notes)
    {
        var documents = registry.Documents.Select(DocumentRecognizer.Identity)
            .Concat(candidates.SelectMany(c => c).Where(c => c.Facts is DocumentFacts)
                .Select(c => new DocumentIdentity(c.Mention.Key, ((DocumentFacts)c.Facts!).Number, ((DocumentFacts)c.Facts!).DocType, false)))
            .ToList();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            foreach (var reference in DocumentRecognizer.FindShortForms(block.Text))
            {
                var end = reference.Start + reference.Surface.Length;
                if (candidates[b].Any(c => c.Mention.Kind == EntityKinds.Document && c.Mention.Start < end && c.Mention.End > reference.Start)) continue;
                var matches = DocumentRecognizer.Resolve(reference, documents);
                var column = block.Column + reference.Start;
                if (matches.Count == 1)
                {
                    var doc = matches[0];
                    candidates[b].Add(new Candidate(new Mention(reference.Start, reference.Surface, EntityKinds.Document, doc.Key, doc.Known), Candidate.Registry));
                }
                else if (matches.Count > 1)
                    notes.Add(new EditorNote(EditorNote.Ambiguous,
                        $"\"{reference.Surface}\" could be any of {string.Join(", ", matches.Select(m => m.Number))}; not annotated", block.Line, column));
                else
                    notes.Add(new EditorNote(EditorNote.Unresolved,
                        $"\"{reference.Surface}\" matches no known {reference.DocType}; add it to the registry with its full number", block.Line, column));
            }
        }
    }

    /// <summary>Who issued a document: "… của Ban Bí thư", "Văn phòng Chính phủ vừa ban hành …", or the issuer code of its number.</summary>
    private static string? Issuer(string text, Mention document, IReadOnlyList<Mention> mentions, string number, EntityRegistry registry)
    {
        var after = document.End;
        if (VietnameseDates.DateRightAfter(text, after) is { } date) after = date.Start + date.Length;
        if (Of().Match(text, after) is { Success: true } of && of.Index == after)
        {
            var org = mentions.FirstOrDefault(m => m.Start == after + of.Length && m.Kind == EntityKinds.Organisation);
            if (org is not null) return org.Ref;
        }
        var issuer = mentions.LastOrDefault(m => m.Kind == EntityKinds.Organisation && m.End <= document.Start
                                                  && IssuedBy().IsMatch(text[m.End..document.Start]));
        if (issuer is not null) return issuer.Ref;
        return DocumentTypes.IssuerNameFromNumber(number) is { } name && registry.Unique(EntityKinds.Organisation, name) is { } known ? known.Ref : null;
    }

    private static IReadOnlyList<Mention> Mentions(IEnumerable<Candidate> candidates) => candidates.Select(c => c.Mention).ToList();

    private static int IndexOf(IReadOnlyList<Block> blocks, Block block)
    {
        for (var i = 0; i < blocks.Count; i++) if (ReferenceEquals(blocks[i], block)) return i;
        return -1;
    }

    [GeneratedRegex(@"\s*,?\s*của\s+")]
    private static partial Regex Of();

    [GeneratedRegex(@"^\s+(?:vừa\s+|đã\s+|mới\s+)?ban hành\s+(?:\p{L}+\s+){0,3}$")]
    private static partial Regex IssuedBy();

    [GeneratedRegex(@"(?<![\p{L}])Hội nghị(?![\p{L}])")]
    private static partial Regex CapitalisedConference();
}
