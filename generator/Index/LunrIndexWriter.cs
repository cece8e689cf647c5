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
    // Let go once grouped by term (Prepare): at 10,000 article pairs the Vietnamese pages' counts are some 200 MB.
    private List<FieldTermCounts[]>? _pages = new();
    private int _pageCount;
    private readonly int[] _documentFrequency;
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
        (_pages ?? throw new InvalidOperationException("The index has been written; a writer writes once.")).Add(page);
        _pageCount++;
        foreach (var field in page)
        {
            foreach (var id in field.TermIds) _documentFrequency[id]++; // lunr.idf counts a term's postings over all fields
            _postings += field.TermIds.Length;
        }
    }

    /// <summary>About how many characters the index's JSON will be (the same estimate shards are cut by).</summary>
    public long EstimatedChars
    {
        get
        {
            long size = 0;
            for (var t = 0; t < _terms.Count; t++)
                if (_documentFrequency[t] > 0) size += EstimatedTermChars(_terms[t].Length, _documentFrequency[t]);
            return size;
        }
    }

    /// <summary>A term's share of the JSON: its entry in the inverted index and, per posting, the ref there and an entry in a field vector.</summary>
    private long EstimatedTermChars(int termLength, int postings) => termLength + 16 * _fields.Count + postings * 21L;

    /// <summary>
    /// What both the whole index and its shards are written from: terms in text order, each term's number and
    /// the terms by number, and the postings (page × 8 + field) grouped by term, each group in field order and,
    /// within a field, page order, with each posting's score in thousandths.
    /// </summary>
    /// <param name="VectorLengths">Terms in each page's vector of each field, page by page.</param>
    private sealed record Prepared(string[] Texts, int[] ByText, int[] Number, int[] ByNumber, int[] Start, int[] Grouped, int[] Scores, int[] VectorLengths);

    /// <summary>Below this many postings a worker more costs more than it saves.</summary>
    private const long MinPostingsPerWorker = 1 << 20;

    /// <summary>How many workers group the postings by term; null: one per core, given enough postings (tests set it).</summary>
    internal int? GroupingWorkers { get; init; }

    /// <summary>Groups the postings by term, and lets the pages' own counts go: call once.</summary>
    private Prepared Prepare()
    {
        var pages = _pages ?? throw new InvalidOperationException("The index has been written; a writer writes once.");
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
        for (var t = 0; t < idf.Length; t++) idf[t] = Idf(_documentFrequency[t], _pageCount);

        var start = new int[_terms.Count + 1];
        for (var t = 0; t < _terms.Count; t++) start[t + 1] = start[t] + _documentFrequency[t];
        var grouped = new int[_postings];
        var scores = new int[_postings];
        var averages = AverageFieldLengths(pages);
        var vectorLengths = new int[_pageCount * _fields.Count];
        for (var p = 0; p < pages.Count; p++)
            for (var f = 0; f < _fields.Count; f++) vectorLengths[p * _fields.Count + f] = pages[p][f].TermIds.Length;

        // Postings are scattered into their terms' groups on every core, each worker taking the terms of one range
        // (ranges of about as many postings) and walking every page for them: at 10,000 article pairs the Vietnamese
        // index's 25 million postings, one cache miss each, took 1.7 s on one core. Each group still fills in field
        // order, then page order, whichever worker fills it.
        var workers = GroupingWorkers ?? (int)Math.Clamp(_postings / MinPostingsPerWorker, 1, Environment.ProcessorCount);
        var bounds = new int[workers + 1];
        bounds[workers] = _terms.Count;
        for (int w = 1, t = 0; w < workers; w++)
        {
            while (t < _terms.Count && start[t] < (long)_postings * w / workers) t++;
            bounds[w] = t;
        }
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            int from = bounds[w], count = bounds[w + 1] - from;
            var fill = start[from..(from + count)];
            for (var f = 0; f < _fields.Count; f++)
            {
                var boost = _fields[f].Boost == 0 ? 1 : _fields[f].Boost; // lunr: `boost || 1`
                for (var p = 0; p < pages.Count; p++)
                {
                    var counts = pages[p][f];
                    for (var i = 0; i < counts.TermIds.Length; i++)
                    {
                        var t = counts.TermIds[i];
                        if ((uint)(t - from) >= (uint)count) continue;
                        var at = fill[t - from]++;
                        grouped[at] = p * 8 + f;
                        scores[at] = (int)ScoreInThousandths(idf[t], counts.Counts[i], counts.Length, averages[f], boost);
                    }
                }
            }
        });

        _pages = null;
        return new Prepared(texts, byText, number, byFrequency, start, grouped, scores, vectorLengths);
    }

    public string ToJson()
    {
        var (texts, byText, number, byNumber, start, grouped, scores, vectorLengths) = Prepare();
        JsonBuffer? vectors = null, inverted = null;
        Parallel.Invoke(
            () => vectors = WriteFieldVectors(byNumber, start, grouped, scores, vectorLengths),
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

    /// <summary>
    /// The index split by term into shards, each a lunr index of its own: the postings of its terms and, per
    /// page and field, the entries of the field vector for those terms (pages and fields with none are left
    /// out). Terms keep their numbers and scores from the whole index, so a shard's vectors are slices of the
    /// whole index's, and every entry a query's dot products read is in the shard of its term. Words, numbers
    /// and codes are taken in the order of their routing keys, and a shard is cut before the key whose terms
    /// would take its estimated size past the target (never between terms of one key), so a key larger than that
    /// is a shard alone: a common word's shard carries no neighbours that a query for it does not need. Bigrams
    /// and pairs go into buckets by a hash of their key (<see cref="SearchShards.RoutedByHash"/>), and one too
    /// large to share a bucket into a shard of its own (<see cref="SearchShards.PlanBuckets"/>). A word's written form
    /// large enough (<see cref="SearchSharding.FormApartChars"/>) is a shard of its own too, which its key's shard names
    /// after lunr's members: <c>"forms":[[term,number,shard],…]</c>.
    /// A term on many pages keeps only its head in its shard; the tails of a shard's split terms are written in
    /// blocks (<see cref="TermTail"/>), each a lunr index holding their postings for a run of pages, and the
    /// shard lists its split terms after lunr's own members:
    /// <c>"tails":{"starts":[page,…],"terms":[[term,bound,pages],…],"levels":"…"}</c> (bound in lunr's score units; block j
    /// holds the pages from starts[j] up to the next start; levels, see <see cref="AppendTails"/>). lunr.Index.load
    /// ignores the member.
    /// </summary>
    /// <param name="digest">Applied to each file's JSON as soon as it is written, while it is still in the processor's cache.</param>
    /// <returns>The shards (each its JSON: UTF-8, since a large site's shards are hundreds of megabytes, twice that as
    /// strings; empty once stored; its digest, and its blocks) and the keys and buckets that route terms to them.</returns>
    public ShardSet ToShards(Func<string, string> routingKey, SearchSharding sharding, Func<ReadOnlySpan<byte>, string> digest)
    {
        var (texts, byText, number, _, start, grouped, scores, _) = Prepare();
        sharding.CountsLetGo?.Invoke(_postings * 8L);
        var store = sharding.Store;
        var tails = PlanTails(start, grouped, scores, sharding);

        var routing = new string[texts.Length];
        Parallel.For(0, texts.Length, i => routing[i] = routingKey(texts[i]));
        var order = new int[texts.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        // Terms of one key may come in any order: shards are cut between keys, and each shard's terms are sorted again.
        Array.Sort((string[])routing.Clone(), order, StringComparer.Ordinal);

        // Each key's terms and estimated size, in key order. A split term counts by its head, which is all its shard holds.
        long TermChars(int member)
        {
            var t = byText[member];
            var postings = start[t + 1] - start[t];
            if (tails[t] is { } tail) postings = (int)((long)postings * tail.Head.Length / tail.Pages);
            return EstimatedTermChars(texts[member].Length, postings);
        }
        var keys = new List<(int From, int To, long Size)>();
        for (var k = 0; k < order.Length;)
        {
            var end = k;
            long keySize = 0;
            for (; end < order.Length && routing[order[end]] == routing[order[k]]; end++) keySize += TermChars(order[end]);
            keys.Add((k, end, keySize));
            k = end;
        }
        int[] Members(IEnumerable<(int From, int To, long Size)> ofKeys) => ofKeys.SelectMany(key => order[key.From..key.To]).ToArray();

        // Words, numbers and codes: shards of consecutive keys, so that a half-typed word's completions are in the
        // shards its prefix spans. Keys are weighed whole: a large key whose first term is small must not join the
        // shard before it.
        var groups = new List<int[]>();
        var firsts = new List<string>();
        var lasts = new List<string>();
        var run = new List<(int From, int To, long Size)>();
        long size = 0;
        void CloseRun()
        {
            if (run.Count == 0) return;
            groups.Add(Members(run));
            firsts.Add(routing[order[run[0].From]]);
            lasts.Add(routing[order[run[^1].To - 1]]);
            run.Clear();
            size = 0;
        }
        foreach (var key in keys.Where(key => !SearchShards.RoutedByHash(routing[order[key.From]])))
        {
            if (size > 0 && size + key.Size > sharding.WordShardChars) CloseRun();
            run.Add(key);
            size += key.Size;
        }
        CloseRun();
        var boundaries = firsts.Select((first, i) => i == 0 ? "" : SearchShards.Boundary(lasts[i - 1], first)).ToArray();
        var prefixes = PrefixShards.Plan(boundaries, texts, t => number[byText[t]], t => routing[t], sharding.PrefixesFrom);

        // Bigrams and pairs are looked up whole, never by prefix: they go into buckets by a hash of their key, so
        // that the manifest, which every first query downloads, need not list their thousands of boundaries. A key
        // too large to share a bucket fairly is a shard alone, named in the manifest (SearchShards.PlanBuckets).
        var hashed = keys.Where(key => SearchShards.RoutedByHash(routing[order[key.From]])).ToList();
        var (buckets, aloneSet) = SearchShards.PlanBuckets(hashed.Select(key => (routing[order[key.From]], key.Size)).ToList(), sharding.ShardChars);
        var alone = hashed.Where(key => aloneSet.Contains(routing[order[key.From]])).ToList(); // in key order, as the manifest lists them
        var aloneKeys = alone.Select(key => routing[order[key.From]]).ToList();
        var bucketed = hashed.Where(key => !aloneSet.Contains(routing[order[key.From]])).ToList();
        var byBucket = new List<(int From, int To, long Size)>[buckets];
        for (var b = 0; b < buckets; b++) byBucket[b] = [];
        foreach (var key in bucketed) byBucket[SearchShards.Bucket(routing[order[key.From]], buckets)].Add(key);
        foreach (var bucket in byBucket) groups.Add(Members(bucket));
        foreach (var key in alone) groups.Add(Members([key]));

        // A word's written form large enough is a shard of its own, after all the others, which its key's shard
        // names (SearchSharding.FormApartChars). Not one written once for another term (Aliases): a query that
        // fetched it would fetch its postings twice. Its tail stays in the blocks of its key's shard, with the tails
        // of the key's other split terms: a block then serves every form of a page, as before, and a common word's
        // forms add no blocks (a series of their own added 47,000 files to a 10k site).
        var wordShards = new (int[] Written, (int Copy, int Of)[] Same, (int Member, int Shard)[] Forms, int[] Split, int[] Starts)[firsts.Count];
        Parallel.For(0, firsts.Count, s =>
        {
            Array.Sort(groups[s]); // text order: lunr writes its inverted index sorted, and blocks are numbered so
            var (written, same) = Aliases(groups[s], routing, byText, start, grouped, scores);
            var split = written.Where(m => tails[byText[m]] is not null).ToArray();
            var starts = split.Length == 0 ? [] : TermTail.BlockStarts(split.Select(m => tails[byText[m]]!), sharding.BlockPages);
            wordShards[s] = (written, same, [], split, starts);
        });
        var formOf = new List<int>(); // per shard of a written form apart, the shard of its key
        for (var s = 0; s < firsts.Count; s++)
        {
            var (written, same, _, split, starts) = wordShards[s];
            var apart = written.Where(m => IsWrittenForm(texts[m], routing[m]) && !same.Any(x => x.Of == m) && TermChars(m) >= sharding.FormApartChars).ToArray();
            if (apart.Length == 0) continue;
            var forms = new (int Member, int Shard)[apart.Length];
            for (var f = 0; f < apart.Length; f++)
            {
                forms[f] = (apart[f], groups.Count);
                groups.Add([apart[f]]);
                formOf.Add(s);
            }
            wordShards[s] = (written.Except(apart).ToArray(), same, forms, split, starts);
        }
        var firstForm = groups.Count - formOf.Count;

        var shardCount = groups.Count;
        var shards = new WrittenShard[shardCount];
        Parallel.For(0, shardCount, s =>
        {
            var members = groups[s];
            Array.Sort(members); // text order: lunr writes its inverted index sorted, and blocks are numbered so
            // Each thread writes its files into buffers of its own, used again from file to file: thousands of
            // shards of tens of KB would otherwise each leave two large arrays for the garbage collector.
            var chars = t_shardChars ??= new JsonBuffer();
            var scratch = t_scratch ??= new ShardScratch();
            (byte[] Json, string Digest, StoredSearchFile? Stored) Finish(int? block)
            {
                if (store is null)
                {
                    var json = chars.ToUtf8();
                    return (json, digest(json), null);
                }
                var utf8 = chars.Utf8Into(ref t_shardBytes);
                var path = block is { } b ? SearchShards.BlockPath(s, b, sharding.ShardsPerFolder) : SearchShards.ShardPath(s, sharding.ShardsPerFolder);
                return ([], digest(utf8), store(path, utf8));
            }

            // Only a word's forms share a key: a bigram's or a pair's key is its one term. A written form apart is
            // written with the block starts of its key's shard, which holds its tail.
            int[] written, split, starts;
            (int Copy, int Of)[] same;
            (int Member, int Shard)[] forms = [];
            int? blocksOf = null;
            if (s < firsts.Count) (written, same, forms, split, starts) = wordShards[s];
            else if (s >= firstForm) (written, same, split, starts, blocksOf) = (members, [], [], wordShards[formOf[s - firstForm]].Starts, formOf[s - firstForm]);
            else
            {
                (written, same) = (members, []);
                split = written.Where(m => tails[byText[m]] is not null).ToArray();
                starts = split.Length == 0 ? [] : TermTail.BlockStarts(split.Select(m => tails[byText[m]]!), sharding.BlockPages);
            }
            chars.Clear();
            var listsTails = written.Any(m => tails[byText[m]] is not null);
            WriteShard(written, texts, byText, number, start, grouped, scores, tails, chars, scratch, same, tailBlocks: listsTails ? starts : null, forms: forms, blocksOf: blocksOf);
            var (json, hash, stored) = Finish(null);
            var blocks = new List<WrittenBlock>(split.Length == 0 ? 0 : starts.Length);
            for (var j = 0; j < starts.Length && split.Length > 0; j++)
            {
                chars.Clear();
                WriteShard(split, texts, byText, number, start, grouped, scores, tails, chars, scratch, same, block: (starts[j], j + 1 < starts.Length ? starts[j + 1] : _pageCount));
                var (blockJson, blockHash, blockStored) = Finish(j);
                blocks.Add(new WrittenBlock(blockJson, blockHash, blockStored));
            }
            shards[s] = new WrittenShard(json, hash, stored, blocks);
            if (chars.Capacity > MaxKeptShardChars) (t_shardChars, t_shardBytes) = (null, null); // a common word's shard: not kept
            if (scratch.Bytes > MaxKeptScratchBytes) t_scratch = null;
        });
        return new ShardSet(shards, firsts, lasts, buckets, aloneKeys, prefixes);
    }

    /// <summary>
    /// A shard's terms to write, and those it names instead (<c>"same"</c>): a term whose postings (pages, fields and
    /// scores) are those of another term of its key is written once, under the first of them in text order. A
    /// Vietnamese word with one written form has the same postings as its folded form (<c>đức</c> and
    /// <c>~duc</c>): in the shards a 10,000-pair benchmark session loads, 467 of the 1,152 pairs of a folded term and
    /// an exact form of its key were such copies, and writing them once took its further queries from 33.2 to 31.6 KB
    /// gzip of shards and blocks.
    /// search.js (expandSame) puts each back, under its own number, before lunr.Index.load.
    /// </summary>
    /// <returns>The members to write (text order) and, for each term named instead, the member it is a copy of.</returns>
    private static (int[] Written, (int Copy, int Of)[] Same) Aliases(int[] members, string[] routing, int[] byText, int[] start, int[] grouped, int[] scores)
    {
        // Members by key (text order within one): only terms of one key are compared, and a key has few.
        var byKey = (int[])members.Clone();
        var keys = new string[byKey.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = routing[byKey[i]];
        Array.Sort(keys, byKey, StringComparer.Ordinal);
        List<(int Copy, int Of)>? same = null;
        HashSet<int>? copies = null;
        for (var from = 0; from < byKey.Length;)
        {
            var to = from + 1;
            while (to < byKey.Length && keys[to] == keys[from]) to++;
            Array.Sort(byKey, from, to - from); // text order: the first of identical terms is the one written
            for (var i = from; i < to; i++)
            {
                if (copies?.Contains(byKey[i]) == true) continue;
                var a = Postings(byKey[i]);
                for (var j = i + 1; j < to; j++)
                {
                    if (copies?.Contains(byKey[j]) == true) continue;
                    var b = Postings(byKey[j]);
                    if (!grouped.AsSpan(a).SequenceEqual(grouped.AsSpan(b)) || !scores.AsSpan(a).SequenceEqual(scores.AsSpan(b))) continue;
                    (same ??= []).Add((byKey[j], byKey[i]));
                    (copies ??= []).Add(byKey[j]);
                }
            }
            from = to;
        }
        if (same is null) return (members, []);
        return (members.Where(m => !copies!.Contains(m)).ToArray(), same.ToArray());

        Range Postings(int member) => start[byText[member]]..start[byText[member] + 1];
    }

    /// <summary>The tail of each term on enough pages (<see cref="SearchSharding.TailFromPages"/>), by term; null for the others.</summary>
    private TermTail?[] PlanTails(int[] start, int[] grouped, int[] scores, SearchSharding sharding)
    {
        var tails = new TermTail?[_terms.Count];
        var from = Math.Max(sharding.TailFromPages, sharding.HeadPages + 1);
        Parallel.For(0, _terms.Count, () => new int[_pageCount], (t, _, weights) =>
        {
            if (start[t + 1] - start[t] >= from)
                tails[t] = TermTail.Plan(start[t], start[t + 1], grouped, scores, from, sharding.HeadPages, weights);
            return weights;
        }, _ => { });
        return tails;
    }

    // Kept by the thread-pool threads between builds (statickb serve): at most about MaxKeptShardChars characters
    // (and the bytes of as many) and MaxKeptScratchBytes of arrays each.
    [ThreadStatic] private static JsonBuffer? t_shardChars;
    [ThreadStatic] private static byte[]? t_shardBytes;
    private const int MaxKeptShardChars = 1 << 20;
    private const long MaxKeptScratchBytes = 4L << 20;

    /// <summary>
    /// Arrays a thread uses again from file to file while writing shards and blocks: thousands of files, each with
    /// arrays as long as its postings, would otherwise keep the collector busy (and fresh large arrays are zeroed).
    /// </summary>
    private sealed class ShardScratch
    {
        public int[] Kept = [], KeptStart = [], Postings = [], Numbers = [], TempPostings = [], TempNumbers = [], PageFields = [];
        public readonly int[] Counts = new int[RadixSize + 1];

        /// <summary>At least <paramref name="length"/> long; what it held is not kept.</summary>
        public static int[] Grow(ref int[] array, int length) =>
            array.Length >= length ? array : array = new int[Math.Max(length, array.Length * 2)];

        /// <summary>At least <paramref name="length"/> long, what it held kept.</summary>
        public static int[] GrowKeeping(ref int[] array, int length)
        {
            if (array.Length < length) Array.Resize(ref array, Math.Max(length, array.Length * 2));
            return array;
        }

        /// <summary>Bytes held.</summary>
        public long Bytes => 4L * (Kept.Length + KeptStart.Length + Postings.Length + Numbers.Length + TempPostings.Length + TempNumbers.Length + PageFields.Length + Counts.Length);
    }

    [ThreadStatic] private static ShardScratch? t_scratch;

    /// <summary>
    /// Writes a shard of the given terms (in text order), its split terms' tails listed with the blocks'
    /// <paramref name="tailBlocks"/> starts; or, with <paramref name="block"/>, one block of the split terms'
    /// tails: their postings on the block's pages that are not in their heads (terms with none left out).
    /// </summary>
    private void WriteShard(int[] members, string[] texts, int[] byText, int[] number, int[] start, int[] grouped, int[] scores, TermTail?[] tails,
        JsonBuffer sb, ShardScratch x, (int Copy, int Of)[] same, (int From, int To)? block = null, int[]? tailBlocks = null, (int Member, int Shard)[]? forms = null,
        int? blocksOf = null)
    {
        // Each member's postings kept, in the term's order (field, then page): x.Kept[keptStart[m]..keptStart[m + 1]].
        var keptStart = ShardScratch.Grow(ref x.KeptStart, members.Length + 1);
        var count = 0;
        for (var m = 0; m < members.Length; m++)
        {
            keptStart[m] = count;
            count = AppendKeptPostings(byText[members[m]], start, grouped, tails, block, x, count);
        }
        keptStart[members.Length] = count;

        // The shard's postings, its terms taken in number order, sorted stably by page and field (a radix sort,
        // linear): lunr's field-vector order, by page and field, then term number.
        var byNumber = new int[members.Length];
        var numbers = new int[members.Length];
        for (var m = 0; m < members.Length; m++)
        {
            byNumber[m] = m;
            numbers[m] = number[byText[members[m]]];
        }
        Array.Sort(numbers, byNumber);
        var postings = ShardScratch.Grow(ref x.Postings, count).AsSpan(0, count);
        var postingNumbers = ShardScratch.Grow(ref x.Numbers, count).AsSpan(0, count);
        var at = 0;
        for (var i = 0; i < byNumber.Length; i++)
        {
            var m = byNumber[i];
            for (var k = keptStart[m]; k < keptStart[m + 1]; k++)
            {
                postings[at] = x.Kept[k];
                postingNumbers[at++] = numbers[i];
            }
        }
        // A block's postings are all on its pages: keys counted from its first page take one pass when it spans at
        // most 256 pages, where a shard's take two.
        var (low, high) = block is { } pages ? (pages.From * 8, pages.To * 8) : (0, _pageCount * 8);
        RadixSortByPageField(postings, postingNumbers, grouped, low, high - low, x);

        // The vectors (runs of one page and field), written by field, then by the terms they hold, then by page:
        // lunr.Index.load reads them into an object, in any order, and vectors with the same terms side by side
        // gzip better (a common word's shard about 2% smaller).
        var runs = new List<(int From, int To)>();
        for (var e = 0; e < count; e++)
            if (e == 0 || grouped[postings[e - 1]] != grouped[postings[e]]) runs.Add((e, e + 1));
            else runs[^1] = (runs[^1].From, e + 1);
        int[] numbersOf = x.Numbers, postingsOf = x.Postings; // postingNumbers and postings, sorted
        runs.Sort((a, b) =>
        {
            int fieldA = grouped[postingsOf[a.From]] & 7, fieldB = grouped[postingsOf[b.From]] & 7;
            if (fieldA != fieldB) return fieldA - fieldB;
            var byTerms = numbersOf.AsSpan(a.From, a.To - a.From).SequenceCompareTo(numbersOf.AsSpan(b.From, b.To - b.From));
            return byTerms != 0 ? byTerms : (grouped[postingsOf[a.From]] >> 3) - (grouped[postingsOf[b.From]] >> 3);
        });

        AppendHead(sb);
        for (var r = 0; r < runs.Count; r++)
        {
            var pageField = grouped[postingsOf[runs[r].From]];
            if (r > 0) sb.Append("]],");
            sb.Append("[\"");
            sb.Append(_fields[pageField & 7].Name);
            sb.Append('/');
            sb.AppendInt(pageField >> 3);
            sb.Append("\",[");
            for (var e = runs[r].From; e < runs[r].To; e++)
            {
                if (e > runs[r].From) sb.Append(',');
                sb.AppendInt(numbersOf[e]);
                sb.Append(',');
                sb.AppendThousandths(scores[postingsOf[e]]);
            }
        }
        if (count > 0) sb.Append("]]");
        sb.Append("],\"invertedIndex\":[");
        var written = 0;
        for (var m = 0; m < members.Length; m++)
        {
            var length = keptStart[m + 1] - keptStart[m];
            if (block is not null && length == 0) continue; // a block lists only the terms it has postings of
            if (written++ > 0) sb.Append(',');
            var pageFields = ShardScratch.Grow(ref x.PageFields, length).AsSpan(0, length);
            for (var i = 0; i < length; i++) pageFields[i] = grouped[x.Kept[keptStart[m] + i]];
            AppendPosting(sb, texts[members[m]], number[byText[members[m]]], pageFields);
        }
        sb.Append("],\"pipeline\":[");
        for (var i = 0; i < _searchPipeline.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.AppendString(_searchPipeline[i]);
        }
        sb.Append(']');
        AppendSame(sb, members, keptStart, same, texts, byText, number);
        if (forms is { Length: > 0 }) AppendForms(sb, forms, texts, byText, number);
        if (tailBlocks is { Length: > 0 }) AppendTails(sb, members, texts, byText, tails, tailBlocks, _pageCount, blocksOf);
        sb.Append('}');
    }

    /// <summary>
    /// Appends to x.Kept, from <paramref name="at"/>, a term's postings that a file holds, in the term's order
    /// (field, then page): all of them; for a split term, its head's (in its shard) or a block's pages outside the
    /// head. Returns where the next term's start. Pages of a field's postings ascend, as the head's do: one walk
    /// along both finds which are in the head.
    /// </summary>
    private int AppendKeptPostings(int t, int[] start, int[] grouped, TermTail?[] tails, (int From, int To)? block, ShardScratch x, int at)
    {
        var tail = tails[t];
        var kept = ShardScratch.GrowKeeping(ref x.Kept, at + start[t + 1] - start[t]);
        if (tail is null)
        {
            for (var g = start[t]; g < start[t + 1]; g++) kept[at++] = g;
            return at;
        }
        var head = tail.Head;
        if (block is not { } range)
        {
            var field = -1;
            var h = 0;
            for (var g = start[t]; g < start[t + 1]; g++)
            {
                var pageField = grouped[g];
                if ((pageField & 7) != field) (field, h) = (pageField & 7, 0);
                var page = pageField >> 3;
                while (h < head.Length && head[h] < page) h++;
                if (h < head.Length && head[h] == page) kept[at++] = g;
            }
            return at;
        }
        // Each field's pages in the block are found by bisection, and the head's from the block's first page.
        var fromHead = Array.BinarySearch(head, range.From);
        if (fromHead < 0) fromHead = ~fromHead;
        for (var f = 0; f < _fields.Count; f++)
        {
            var h = fromHead;
            for (var g = LowerBound(start[t], start[t + 1], grouped, range.From * 8 + f); g < start[t + 1]; g++)
            {
                var pageField = grouped[g];
                if ((pageField & 7) != f || pageField >> 3 >= range.To) break;
                var page = pageField >> 3;
                while (h < head.Length && head[h] < page) h++;
                if (h == head.Length || head[h] != page) kept[at++] = g;
            }
        }
        return at;
    }

    /// <summary>The first posting in [from, to) at or after (field, page) of <paramref name="pageField"/>, postings being ordered by field, then page.</summary>
    private static int LowerBound(int from, int to, int[] grouped, int pageField)
    {
        var key = ((long)(pageField & 7) << 32) | (uint)(pageField >> 3);
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            var at = ((long)(grouped[mid] & 7) << 32) | (uint)(grouped[mid] >> 3);
            if (at < key) from = mid + 1; else to = mid;
        }
        return from;
    }

    /// <summary>
    /// The terms written as copies of others (<see cref="Aliases"/>) whose originals this file holds postings of:
    /// <c>,"same":[[term,number,original],…]</c>; nothing if there are none.
    /// </summary>
    private static void AppendSame(JsonBuffer sb, int[] members, int[] keptStart, (int Copy, int Of)[] same, string[] texts, int[] byText, int[] number)
    {
        var written = 0;
        foreach (var (copy, of) in same)
        {
            var m = Array.IndexOf(members, of);
            if (m < 0 || keptStart[m + 1] == keptStart[m]) continue; // a block without the original's postings
            sb.Append(written++ == 0 ? ",\"same\":[[" : ",[");
            sb.AppendString(texts[copy]);
            sb.Append(',');
            sb.AppendInt(number[byText[copy]]);
            sb.Append(',');
            sb.AppendString(texts[of]);
            sb.Append(']');
        }
        if (written > 0) sb.Append(']');
    }

    /// <summary>
    /// A Vietnamese word's written form (<c>độ</c>): not its folded form (<c>~do</c>), and not the form its key is
    /// (<c>do</c>), the two a query for any form of the word asks for.
    /// </summary>
    private static bool IsWrittenForm(string text, string key) => text != key && !text.StartsWith(VietnameseAnalyzer.FoldedPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The written forms that are shards of their own (<see cref="SearchSharding.FormApartChars"/>), in text order:
    /// <c>,"forms":[[term,number,shard],…]</c>. search.js counts them among the shard's terms for a prefix's
    /// completions (by number, as lunr's) and looks their postings up in their shard.
    /// </summary>
    private static void AppendForms(JsonBuffer sb, (int Member, int Shard)[] forms, string[] texts, int[] byText, int[] number)
    {
        for (var f = 0; f < forms.Length; f++)
        {
            sb.Append(f == 0 ? ",\"forms\":[[" : ",[");
            sb.AppendString(texts[forms[f].Member]);
            sb.Append(',');
            sb.AppendInt(number[byText[forms[f].Member]]);
            sb.Append(',');
            sb.AppendInt(forms[f].Shard);
            sb.Append(']');
        }
        sb.Append(']');
    }

    /// <summary>
    /// The shard's split terms, in text order, and where its blocks start:
    /// <c>,"tails":{"starts":[page,…],"terms":[[term,bound,pages],…],"levels":[{"rows":"…","codes":"…"},…]}</c>.
    /// levels gives each page's <see cref="TermTail.Levels"/> entry for each split term (0 where the page is not in
    /// the term's tail) in groups of up to <see cref="TermTail.TermsPerLevelRows"/> terms: a page's digits for a group's
    /// terms are its row, and the group gives each page's row as one character (<see cref="TermTail.RowCode"/>), the
    /// commonest rows first, and the rows themselves, one after another. Pages with a term mostly have its
    /// neighbours too, and most pages have one of a few rows: one character a page gzips to about two thirds of a
    /// digit per page and term (a common word's levels: 9.2 KB → 6.3 KB gzip).
    /// </summary>
    private static void AppendTails(JsonBuffer sb, int[] members, string[] texts, int[] byText, TermTail?[] tails, int[] starts, int documents, int? blocksOf)
    {
        sb.Append(",\"tails\":{");
        if (blocksOf is { } shard)
        {
            // A written form apart (SearchSharding.FormApartChars): its tail is in the blocks of its key's shard.
            sb.Append("\"shard\":");
            sb.AppendInt(shard);
            sb.Append(',');
        }
        sb.Append("\"starts\":[");
        for (var j = 0; j < starts.Length; j++)
        {
            if (j > 0) sb.Append(',');
            sb.AppendInt(starts[j]);
        }
        sb.Append("],\"terms\":[");
        var split = new List<TermTail>();
        foreach (var m in members)
        {
            if (tails[byText[m]] is not { } tail) continue;
            sb.Append(split.Count == 0 ? "[" : ",[");
            split.Add(tail);
            sb.AppendString(texts[m]);
            sb.Append(',');
            sb.AppendThousandths(tail.Bound);
            sb.Append(',');
            sb.AppendInt(tail.Pages);
            sb.Append(']');
        }
        sb.Append("],\"levels\":[");
        // A row is its digits read as a number in base LevelCount + 1: at most 9^4 kinds.
        var rowOf = new int[documents];
        var counts = new int[RowKinds];
        var rankOf = new int[RowKinds];
        for (var from = 0; from < split.Count; from += TermTail.TermsPerLevelRows)
        {
            var width = Math.Min(TermTail.TermsPerLevelRows, split.Count - from);
            Array.Clear(rowOf);
            for (int k = 0, weight = 1; k < width; k++, weight *= TermTail.LevelCount + 1)
            {
                var tail = split[from + k];
                for (var i = 0; i < tail.Tail.Length; i++) rowOf[tail.Tail[i]] += tail.Levels[i] * weight;
            }
            Array.Clear(counts);
            foreach (var row in rowOf) counts[row]++;
            // Commonest first; rows used as often, by their digits as written (the first term's digit first).
            var ranked = Enumerable.Range(0, RowKinds).Where(row => counts[row] > 0)
                .OrderByDescending(row => counts[row]).ThenBy(row => RowDigits(row, width), StringComparer.Ordinal).ToList();
            for (var r = 0; r < ranked.Count; r++) rankOf[ranked[r]] = r;
            sb.Append(from == 0 ? "{\"rows\":\"" : ",{\"rows\":\"");
            foreach (var row in ranked) sb.Append(RowDigits(row, width));
            sb.Append("\",\"codes\":\"");
            foreach (var row in rowOf) sb.Append(TermTail.RowCode(rankOf[row]));
            sb.Append("\"}");
        }
        sb.Append("]}");
    }

    /// <summary>How many rows of levels there can be: 0 to LevelCount for each of up to TermsPerLevelRows terms.</summary>
    private static readonly int RowKinds = (int)Math.Pow(TermTail.LevelCount + 1, TermTail.TermsPerLevelRows);

    /// <summary>A row's digits, the first term's first.</summary>
    private static string RowDigits(int row, int width)
    {
        var digits = new char[width];
        for (var k = 0; k < width; k++, row /= TermTail.LevelCount + 1) digits[k] = (char)('0' + row % (TermTail.LevelCount + 1));
        return new string(digits);
    }

    private const int RadixBits = 11;
    private const int RadixSize = 1 << RadixBits;

    /// <summary>
    /// Sorts postings (with their term numbers alongside) stably by page and field, <c>grouped[posting]</c>, which
    /// are at least <paramref name="low"/> and below <paramref name="low"/> + <paramref name="span"/>.
    /// </summary>
    private static void RadixSortByPageField(Span<int> postings, Span<int> numbers, int[] grouped, int low, int span, ShardScratch x)
    {
        const int Mask = RadixSize - 1;
        var tempPostings = ShardScratch.Grow(ref x.TempPostings, postings.Length).AsSpan(0, postings.Length);
        var tempNumbers = ShardScratch.Grow(ref x.TempNumbers, numbers.Length).AsSpan(0, numbers.Length);
        var counts = x.Counts;
        for (var shift = 0; (span - 1) >> shift > 0; shift += RadixBits)
        {
            Array.Clear(counts);
            foreach (var g in postings) counts[(((grouped[g] - low) >> shift) & Mask) + 1]++;
            for (var d = 0; d < RadixSize; d++) counts[d + 1] += counts[d];
            for (var i = 0; i < postings.Length; i++)
            {
                var to = counts[((grouped[postings[i]] - low) >> shift) & Mask]++;
                tempPostings[to] = postings[i];
                tempNumbers[to] = numbers[i];
            }
            tempPostings.CopyTo(postings);
            tempNumbers.CopyTo(numbers);
        }
    }

    private void AppendHead(JsonBuffer sb)
    {
        sb.Append("{\"version\":");
        sb.AppendString(LunrVersion);
        sb.Append(",\"fields\":[");
        for (var f = 0; f < _fields.Count; f++)
        {
            if (f > 0) sb.Append(',');
            sb.AppendString(_fields[f].Name);
        }
        sb.Append("],\"fieldVectors\":[");
    }

    /// <summary>lunr.idf: documentsWithTerm counts postings over all fields.</summary>
    private static double Idf(int documentsWithTerm, int documentCount)
    {
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    private double[] AverageFieldLengths(List<FieldTermCounts[]> pages)
    {
        var averages = new double[_fields.Count];
        for (var f = 0; f < _fields.Count; f++)
        {
            double sum = 0;
            foreach (var page in pages) sum += page[f].Length;
            averages[f] = sum / pages.Count;
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

    /// <summary>
    /// Every page's vector for every field, in page and field order. A vector lists its terms by number: taking
    /// the terms in number order and dealing each one's postings to their vectors leaves every vector sorted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JsonBuffer WriteFieldVectors(int[] byNumber, int[] start, int[] grouped, int[] scores, int[] vectorLengths)
    {
        var fields = _fields.Count;
        var offsets = new int[vectorLengths.Length + 1];
        for (var v = 0; v < vectorLengths.Length; v++) offsets[v + 1] = offsets[v] + vectorLengths[v];
        var fill = offsets[..^1];
        var elements = new long[_postings]; // term number << 32 | score in thousandths
        for (var number = 0; number < byNumber.Length; number++)
        {
            var t = byNumber[number];
            for (var g = start[t]; g < start[t + 1]; g++)
                elements[fill[(grouped[g] >> 3) * fields + (grouped[g] & 7)]++] = ((long)number << 32) | (uint)scores[g];
        }

        var sb = new JsonBuffer(_postings * 12);
        for (var v = 0; v < offsets.Length - 1; v++)
        {
            if (v > 0) sb.Append(',');
            sb.Append("[\"");
            sb.Append(_fields[v % fields].Name);
            sb.Append('/');
            sb.AppendInt(v / fields);
            sb.Append("\",[");
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                if (e > offsets[v]) sb.Append(',');
                sb.AppendInt((int)(elements[e] >> 32));
                sb.Append(',');
                sb.AppendThousandths((uint)elements[e]);
            }
            sb.Append("]]");
        }
        return sb;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JsonBuffer WriteInvertedIndex(string[] texts, int[] byText, int[] number, int[] start, int[] grouped)
    {
        var sb = new JsonBuffer(_postings * 10 + texts.Length * 80);
        for (var i = 0; i < texts.Length; i++)
        {
            if (i > 0) sb.Append(',');
            var t = byText[i];
            AppendPosting(sb, texts[i], number[t], grouped.AsSpan(start[t], start[t + 1] - start[t]));
        }
        return sb;
    }

    /// <summary>One entry of the inverted index: <c>[term,{"_index":n,"title":{"0":{}},…}]</c>, from the term's postings (page × 8 + field) in its order (field, then page).</summary>
    private void AppendPosting(JsonBuffer sb, string text, int termNumber, ReadOnlySpan<int> pageFields)
    {
        sb.Append('[');
        sb.AppendString(text);
        sb.Append(",{\"_index\":");
        sb.AppendInt(termNumber);
        var i = 0;
        for (var f = 0; f < _fields.Count; f++)
        {
            sb.Append(",\"");
            sb.Append(_fields[f].Name);
            sb.Append("\":{");
            // Refs are integer-like keys, which JavaScript enumerates in ascending order: page order.
            for (var first = i; i < pageFields.Length && (pageFields[i] & 7) == f; i++)
            {
                if (i > first) sb.Append(',');
                sb.Append('"');
                sb.AppendInt(pageFields[i] >> 3);
                sb.Append("\":{}");
            }
            sb.Append('}');
        }
        sb.Append("}]");
    }
}
