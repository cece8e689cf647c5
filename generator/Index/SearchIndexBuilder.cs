namespace StaticKb.Index;

/// <summary>
/// The Index stage's entry point: the pages of one language in, the lunr index and the results list out.
/// Pages are ordered by URL first, so the same site always gives the same bytes whatever order pages come in.
/// </summary>
public static class SearchIndexBuilder
{
    /// <param name="sharding">When to split the index into shards; by default it stays one file.</param>
    public static SearchIndexOutput Build(string language, IReadOnlyList<SearchDocument> documents, SearchSharding? sharding = null)
    {
        var pages = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < pages.Length; i++)
        {
            if (pages[i].Id == pages[i - 1].Id)
                throw new ArgumentException($"Two search documents share the URL '{pages[i].Id}'.", nameof(documents));
        }

        var writer = Writer(language, pages);
        if (sharding is not null && writer.EstimatedChars > sharding.ThresholdChars)
            return SearchShards.Write(language, pages, writer, sharding);
        return new SearchIndexOutput(language, writer.ToJson(), SearchDocumentsJson.Write(language, pages));
    }

    /// <summary>A writer holding the analysed pages, in the order given (refs are positions in it).</summary>
    /// <param name="groupingWorkers">See <see cref="LunrIndexWriter.GroupingWorkers"/>.</param>
    internal static LunrIndexWriter Writer(string language, IReadOnlyList<SearchDocument> pages, int? groupingWorkers = null)
    {
        var (fields, terms) = Analyse(language, pages);
        UniquePhrases.Prune(fields, terms);
        var writer = new LunrIndexWriter(SearchFields.All, SearchAnalyzer.For(language).SearchPipeline, terms) { GroupingWorkers = groupingWorkers };
        foreach (var page in fields) writer.Add(page);
        return writer; // it holds the pages' counts now, and lets them go once it has grouped them by term
    }

    /// <summary>
    /// Analyses every page, on every core (analysis is most of the work, and independent per page), and
    /// returns each page's field term counts in one shared numbering of terms. Pages go to threads by
    /// position, and the output never depends on how terms are numbered here, so it is deterministic.
    /// </summary>
    internal static (FieldTermCounts[][] Pages, TermTable Terms) Analyse(string language, IReadOnlyList<SearchDocument> pages)
    {
        var result = new FieldTermCounts[pages.Count][];
        var partitions = Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count / 16));
        var analyzers = new SearchAnalyzer[partitions];
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, part =>
        {
            var analyzer = analyzers[part] = SearchAnalyzer.For(language);
            var counter = new FieldTermCounts.Counter();
            var termIds = new List<int>();
            for (var i = part; i < pages.Count; i += partitions)
            {
                var texts = SearchFields.Texts(pages[i], language);
                var fields = new FieldTermCounts[texts.Length];
                for (var f = 0; f < texts.Length; f++)
                {
                    termIds.Clear();
                    analyzer.AddTermIds(texts[f], termIds);
                    fields[f] = counter.Count(termIds);
                }
                result[i] = fields;
            }
        });

        var shared = new TermTable();
        var renumber = new int[partitions][];
        for (var part = 0; part < partitions; part++)
        {
            var terms = analyzers[part].Terms;
            var keys = new int[terms.Keys.Count];
            for (var k = 0; k < keys.Length; k++) keys[k] = shared.KeyId(terms.Keys[k]);
            var map = renumber[part] = new int[terms.Count];
            for (var id = 0; id < map.Length; id++)
            {
                if (!terms.IsPhrase(id)) map[id] = shared.Id(terms[id]);
                else
                {
                    var (first, second) = terms.PhraseKeys(id);
                    map[id] = shared.PhraseId(keys[first], keys[second]);
                }
            }
        }
        Parallel.For(0, pages.Count, i =>
        {
            var map = renumber[i % partitions];
            foreach (var field in result[i])
                for (var t = 0; t < field.TermIds.Length; t++) field.TermIds[t] = map[field.TermIds[t]];
        });
        return (result, shared);
    }
}
