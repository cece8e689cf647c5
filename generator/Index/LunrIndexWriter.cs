using System.Runtime.CompilerServices;
using System.Text;

namespace StaticKb.Index;

/// <summary>
/// Builds what lunr.Builder builds (inverted index, BM25 field vectors) from analysed pages and writes it
/// as <c>JSON.stringify(lunr.Index.prototype.toJSON())</c> of lunr.js 2.3.9 would, so lunr.Index.load reads it
/// and scores exactly as an index lunr built itself.
/// </summary>
/// <remarks>
/// Faithful to lunr: every page has a vector for every field (empty ones too); a term's idf counts its
/// postings over all fields; BM25 with b = 0.75, k1 = 1.2 evaluated in lunr's order of operations, times the
/// field boost, rounded with Math.round(score * 1000) / 1000; no metadata (no term positions) in postings.
/// Our choices where lunr's format leaves room: refs are page positions ("0", "1", …), which keeps the
/// most repeated string in the index short; and terms are numbered (lunr's <c>_index</c>) by how many postings
/// they have, most first, so the vectors, which list every term of a field by that number, mostly hold short numbers.
/// </remarks>
internal sealed class LunrIndexWriter
{
    public const string LunrVersion = "2.3.9";
    private const double B = 0.75;
    private const double K1 = 1.2;

    private readonly IReadOnlyList<LunrField> _fields;
    private readonly IReadOnlyList<string> _searchPipeline;
    private readonly TermTable _terms;
    private readonly List<FieldTermCounts[]> _pages = new();
    private readonly int[] _documentFrequency;
    private int[] _postingTerm = new int[1024];
    private int[] _postingPageField = new int[1024];
    private int _postings;

    /// <param name="terms">The numbering of terms that pages are added in.</param>
    public LunrIndexWriter(IReadOnlyList<LunrField> fields, IReadOnlyList<string> searchPipeline, TermTable terms)
    {
        if (fields.Count > 8) throw new ArgumentException("At most 8 fields.", nameof(fields));
        _fields = fields;
        _searchPipeline = searchPipeline;
        _terms = terms;
        _documentFrequency = new int[terms.Count];
    }

    /// <summary>Adds the next page; its ref is the number of pages added before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(FieldTermCounts[] page)
    {
        if (page.Length != _fields.Count) throw new ArgumentException($"Expected {_fields.Count} fields.", nameof(page));
        var pageNumber = _pages.Count;
        _pages.Add(page);
        for (var f = 0; f < page.Length; f++)
        {
            var ids = page[f].TermIds;
            if (_postings + ids.Length > _postingTerm.Length)
            {
                var size = Math.Max(_postings + ids.Length, _postingTerm.Length * 2);
                Array.Resize(ref _postingTerm, size);
                Array.Resize(ref _postingPageField, size);
            }
            foreach (var id in ids)
            {
                _documentFrequency[id]++; // lunr.idf counts a term's postings over all fields
                _postingTerm[_postings] = id;
                _postingPageField[_postings] = pageNumber * 8 + f;
                _postings++;
            }
        }
    }

    public string ToJson()
    {
        // Only terms some page has (pruning may have taken a term's only posting).
        var n = 0;
        for (var t = 0; t < _terms.Count; t++) if (_documentFrequency[t] > 0) n++;
        var texts = new string[n];
        var byText = new int[n];
        for (int t = 0, i = 0; t < _terms.Count; t++)
        {
            if (_documentFrequency[t] == 0) continue;
            texts[i] = _terms[t];
            byText[i++] = t;
        }
        // lunr sorts terms with Array.prototype.sort: by UTF-16 code units, which is ordinal order.
        Array.Sort(texts, byText, StringComparer.Ordinal);

        // Most postings first, ties in term order: a unique key per term, so numbering is deterministic.
        var keys = new long[n];
        var byFrequency = new int[n];
        for (var i = 0; i < n; i++)
        {
            var t = byText[i];
            keys[i] = ((long)(int.MaxValue - _documentFrequency[t]) << 32) | (uint)i;
            byFrequency[i] = t;
        }
        Array.Sort(keys, byFrequency);
        var number = new int[_terms.Count];
        for (var i = 0; i < n; i++) number[byFrequency[i]] = i;

        var idf = new double[_terms.Count];
        for (var t = 0; t < idf.Length; t++) idf[t] = Idf(_documentFrequency[t], _pages.Count);

        // Postings grouped by term, each group in page order (the order they were added).
        var start = new int[_terms.Count + 1];
        for (var t = 0; t < _terms.Count; t++) start[t + 1] = start[t] + _documentFrequency[t];
        var grouped = new int[_postings];
        var fill = (int[])start.Clone();
        for (var p = 0; p < _postings; p++) grouped[fill[_postingTerm[p]]++] = _postingPageField[p];

        JsonBuffer? vectors = null, inverted = null;
        Parallel.Invoke(
            () => vectors = WriteFieldVectors(number, idf, AverageFieldLengths()),
            () => inverted = WriteInvertedIndex(texts, byText, number, start, grouped));

        var head = new StringBuilder();
        head.Append("{\"version\":");
        JsJson.AppendString(head, LunrVersion);
        head.Append(",\"fields\":[");
        for (var f = 0; f < _fields.Count; f++)
        {
            if (f > 0) head.Append(',');
            JsJson.AppendString(head, _fields[f].Name);
        }
        head.Append("],\"fieldVectors\":[");
        const string middle = "],\"invertedIndex\":[";
        var tail = new StringBuilder("],\"pipeline\":[");
        for (var i = 0; i < _searchPipeline.Count; i++)
        {
            if (i > 0) tail.Append(',');
            JsJson.AppendString(tail, _searchPipeline[i]);
        }
        tail.Append("]}");

        var parts = new[] { head.ToString(), middle, tail.ToString() };
        return string.Create(parts[0].Length + vectors!.Length + middle.Length + inverted!.Length + parts[2].Length, (parts, vectors, inverted), static (span, state) =>
        {
            var (p, v, inv) = state;
            var at = 0;
            p[0].AsSpan().CopyTo(span[at..]);
            at += p[0].Length;
            v.Span.CopyTo(span[at..]);
            at += v.Length;
            p[1].AsSpan().CopyTo(span[at..]);
            at += p[1].Length;
            inv.Span.CopyTo(span[at..]);
            at += inv.Length;
            p[2].AsSpan().CopyTo(span[at..]);
        });
    }

    /// <summary>lunr.idf: documentsWithTerm counts postings over all fields.</summary>
    private static double Idf(int documentsWithTerm, int documentCount)
    {
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    private double[] AverageFieldLengths()
    {
        var averages = new double[_fields.Count];
        for (var f = 0; f < _fields.Count; f++)
        {
            double sum = 0;
            foreach (var page in _pages) sum += page[f].Length;
            averages[f] = sum / _pages.Count;
        }
        return averages;
    }

    /// <summary>
    /// lunr.Builder.prototype.createFieldVectors, operation for operation (document boost is 1), up to
    /// <c>Math.round(score * 1000)</c>; lunr then divides by 1000, and JSON.stringify of that double is
    /// exactly this integer written with three decimals and trailing zeros dropped.
    /// </summary>
    internal static long ScoreInThousandths(double idf, int tf, int fieldLength, double averageFieldLength, double fieldBoost)
    {
        var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
        score *= fieldBoost;
        return (long)Math.Round(score * 1000, MidpointRounding.AwayFromZero); // Math.round, for a positive number
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JsonBuffer WriteFieldVectors(int[] number, double[] idf, double[] averageLengths)
    {
        var sb = new JsonBuffer(_postings * 12);
        var elements = new long[256];
        for (var p = 0; p < _pages.Count; p++)
        {
            for (var f = 0; f < _fields.Count; f++)
            {
                var counts = _pages[p][f];
                var boost = _fields[f].Boost == 0 ? 1 : _fields[f].Boost; // lunr: `boost || 1`
                var count = counts.TermIds.Length;
                if (elements.Length < count) elements = new long[Math.Max(count, elements.Length * 2)];
                for (var i = 0; i < count; i++)
                {
                    var t = counts.TermIds[i];
                    var score = ScoreInThousandths(idf[t], counts.Counts[i], counts.Length, averageLengths[f], boost);
                    elements[i] = ((long)number[t] << 32) | (uint)score;
                }
                Array.Sort(elements, 0, count); // a vector lists its terms by number

                if (p > 0 || f > 0) sb.Append(',');
                sb.Append("[\"");
                sb.Append(_fields[f].Name);
                sb.Append('/');
                sb.AppendInt(p);
                sb.Append("\",[");
                for (var i = 0; i < count; i++)
                {
                    if (i > 0) sb.Append(',');
                    sb.AppendInt((int)(elements[i] >> 32));
                    sb.Append(',');
                    sb.AppendThousandths((uint)elements[i]);
                }
                sb.Append("]]");
            }
        }
        return sb;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JsonBuffer WriteInvertedIndex(string[] texts, int[] byText, int[] number, int[] start, int[] grouped)
    {
        var sb = new JsonBuffer(_postings * 10 + texts.Length * 80);
        for (var i = 0; i < texts.Length; i++)
        {
            var t = byText[i];
            if (i > 0) sb.Append(',');
            sb.Append('[');
            sb.AppendString(texts[i]);
            sb.Append(",{\"_index\":");
            sb.AppendInt(number[t]);
            for (var f = 0; f < _fields.Count; f++)
            {
                sb.Append(",\"");
                sb.Append(_fields[f].Name);
                sb.Append("\":{");
                // Refs are integer-like keys, which JavaScript enumerates in ascending order: page order.
                var first = true;
                for (var g = start[t]; g < start[t + 1]; g++)
                {
                    if ((grouped[g] & 7) != f) continue;
                    if (!first) sb.Append(',');
                    first = false;
                    sb.Append('"');
                    sb.AppendInt(grouped[g] >> 3);
                    sb.Append("\":{}");
                }
                sb.Append('}');
            }
            sb.Append("}]");
        }
        return sb;
    }
}
