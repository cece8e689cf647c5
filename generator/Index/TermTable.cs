namespace StaticKb.Index;

/// <summary>
/// Term strings numbered in the order they are first met. An analyser keeps one per thread so that it can
/// hand out small integers instead of strings; <see cref="SearchIndexBuilder"/> maps each thread's numbers to
/// one shared numbering afterwards. Building an index this way allocates per distinct term, not per word.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = new();

    public int Count => _terms.Count;

    public string this[int id] => _terms[id];

    public int Id(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _terms.Count;
            _ids.Add(term, id);
            _terms.Add(term);
        }
        return id;
    }
}
