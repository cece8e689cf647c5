namespace StaticKb.Index;

/// <summary>
/// When and how finely an index is split into shards (<see cref="SearchShards"/>). Sizes are in characters of
/// JSON, as estimated before the index is written (within about a tenth of the real size).
/// </summary>
/// <param name="ThresholdChars">An index estimated at up to this many characters stays one file (site.yml: <c>search_shard_threshold_kb</c>).</param>
/// <param name="ShardChars">The size of a shard of bigrams and pairs: one larger is a shard alone, and their buckets hold a part of it (<see cref="SearchShards.BucketFillPercent"/>).</param>
/// <param name="DocsPerPart">Pages per part of the document store.</param>
/// <param name="TailFromPages">A term on at least this many pages is split into a head and a tail (<see cref="TermTail"/>).</param>
/// <param name="HeadPages">How many pages a split term's head keeps in its shard.</param>
/// <param name="BlockPages">How many pages of a split term's tail each block holds.</param>
/// <param name="ShardsPerFolder">Shards in one folder (each shard's blocks in a folder of their own within it).</param>
/// <param name="PartsPerFolder">Document-store parts in one folder.</param>
/// <param name="PrefixesFrom">A prefix that spans at least this many shards is looked up in the prefixes file (<see cref="PrefixShards"/>).</param>
/// <param name="FormApartChars">A word's written form estimated at least this large in its shard is a shard of its own, which its key's shard names (<c>"forms"</c>).</param>
/// <param name="WordShardChars">The size a shard of words, numbers and codes is cut at (a key larger than that is a shard alone).</param>
public sealed record SearchSharding(long ThresholdChars, long ShardChars = SearchSharding.DefaultShardChars, int DocsPerPart = SearchSharding.DefaultDocsPerPart,
    int TailFromPages = SearchSharding.DefaultTailFromPages, int HeadPages = SearchSharding.DefaultHeadPages, int BlockPages = SearchSharding.DefaultBlockPages,
    int ShardsPerFolder = SearchSharding.DefaultShardsPerFolder, int PartsPerFolder = SearchSharding.DefaultPartsPerFolder,
    int PrefixesFrom = PrefixShards.DefaultSpanFrom, long FormApartChars = SearchSharding.DefaultFormApartChars,
    long WordShardChars = SearchSharding.DefaultWordShardChars)
{
    /// <summary>
    /// A site of 10,000 article pairs has some 300,000 search files. All in one folder, each file created there
    /// waited for the folder's lock while the file before it was given an inode, and a 10k build written to ext4
    /// spent 112–131 s in the kernel (18 s written to memory, /dev/shm); in folders of 64 shards, each shard's blocks
    /// in a folder of their own, 55–96 s (docs/benchmarks.md, "Search files in folders"). The manifest gives both sizes
    /// (<c>shards.folder</c>, <c>docs.folder</c>), and search.js builds the names with them.
    /// </summary>
    public const int DefaultShardsPerFolder = 64;

    /// <inheritdoc cref="DefaultShardsPerFolder"/>
    public const int DefaultPartsPerFolder = 512;

    /// <summary>
    /// Below this, a term's postings are all in its shard. A query for a word on thousands of pages would
    /// otherwise fetch thousands of postings (about 6.5 bytes gzip each) to show ten results; at 10,000
    /// article pairs the commonest syllables are on nearly every page, and a two-word Vietnamese query looks up
    /// some 35,000 postings (209 KB gzip). With heads, it fetches each common term's head and the few
    /// blocks that pages near the top of the results need. From 1,000 pages (not fewer): a site of 1,000 article
    /// pairs then splits only its commonest words (2,600 files more than with nothing split), and at 10,000 pairs
    /// queries cost what splitting from 750 pages gave. See generator/Index/README.md.
    /// </summary>
    public const int DefaultTailFromPages = 1000;

    /// <summary>
    /// Enough that the heads, with the tails' levels (<see cref="TermTail.Levels"/>), usually settle the first page of
    /// results; few enough to fetch cheaply (a head's bytes grow with its pages). Once the levels bounded every tail page, heads
    /// of 300 beat 800 and 400 in Vietnamese at 10,000 pairs. Heads of 200 then paid only with blocks of 22 pages,
    /// which a 10k site paid for with 479,458 files instead of 346,321 and a build over 1 GB at its peak. Once a
    /// common word's written forms were shards apart (manifest version 7), heads of 200 paid with blocks of 33 too:
    /// at 10,000 pairs (Vietnamese first query median / max, further queries' mean, English further queries, KB
    /// gzip) heads of 300 gave 55.8 / 126.5, 30.5, 20.3; heads of 200, 54.2 / 117.7, 29.0, 22.0; and with word shards
    /// of half the size (<see cref="DefaultWordShardChars"/>), which English needed, 55.1 / 114.8, 28.5, 19.5. The
    /// Vietnamese site then had 283,873 search files, against 276,565 with heads of 300 and the same word shards.
    /// </summary>
    public const int DefaultHeadPages = 200;

    /// <summary>
    /// A block is fetched to learn one page's weight for a term, so a small block wastes less; but each is a
    /// file, and its lunr wrapping costs about 150 bytes gzip. With the levels, a query fetches blocks only for
    /// the few pages near the top whose weights they leave open, so blocks of a sixth of a head pay; at manifest
    /// version 6, blocks of 22 pages with heads of 200 saved further queries 1.7 KB more, for 133,000 more files at 10,000 pairs.
    /// </summary>
    public const int DefaultBlockPages = 33;

    /// <summary>
    /// 2 MB of JSON, about 400 KB gzip: a reader on a phone still loads that in a second or two, and sites up
    /// to several hundred pages (this project's own content has an index of about 430 KB) stay one file and
    /// one request. Above it, a first query costs less sharded than whole.
    /// </summary>
    public const int DefaultThresholdKb = 2048;

    /// <summary>
    /// A shard of about 4 KB gzip, or one word's terms alone when they are more. A query word falls in one shard, and
    /// its bigram with the next in another; a rare word or a bigram costs its whole shard, so smaller shards mean fewer
    /// bytes per query, but a longer manifest (each word shard's boundary, about 3 bytes gzip, and each bigram that has
    /// a shard to itself), which every first query pays for. At 10,000 article pairs, with heads of 300 pages and tail
    /// levels (Vietnamese first query median / p95 / max, further queries' mean, manifest, KB gzip): 28 K characters
    /// 71.5 / 129.0 / 174.3, 42.0; 16 K 71.7 / 126.6 / 173.9, 36.8, manifest 11.4; 12 K 76.5 / 129.4 / 170.5, 35.2,
    /// 16.2; 8 K 82.7 / 135.9 / 179.7, 34.2, 24.6. English first query median and further queries: 37.5 and 26.4 at
    /// 28 K, 32.8 and 21.0 at 16 K (this size then cut words too). Words are now cut at
    /// <see cref="DefaultWordShardChars"/>; this size sets the bigrams' buckets and which bigrams are alone. See
    /// generator/Index/README.md.
    /// </summary>
    public const long DefaultShardChars = 16 * 1024;

    /// <summary>
    /// Half a shard of bigrams. A rare word costs its whole shard, neighbours included, and each boundary costs the
    /// manifest, which every first query fetches, about 3 bytes gzip. At 10,000 article pairs, heads of 300 (further
    /// queries' mean, manifest, KB gzip): 16 K characters (the words' size before, still the bigrams') Vietnamese
    /// 30.5 and 7.3, English 20.3 and 10.0; 8 K 30.1 and 8.2, 19.3 and 14.1; 4 K 30.0 and 10.0, 19.4 and 21.9.
    /// </summary>
    public const long DefaultWordShardChars = DefaultShardChars / 2;

    /// <summary>
    /// A common Vietnamese syllable is written in several forms (<c>do</c>, <c>dó</c>, <c>đỗ</c>, <c>độ</c>, …), all of one
    /// key, so all in one shard, each with its head and its tail's levels; a query asks for the folded forms
    /// (<c>do</c>, <c>~do</c>) and at most the one written form typed. A written form this large or more is a shard of
    /// its own, named in its key's shard: a query without diacritics never fetches it, one with them fetches the form
    /// it typed, after its key's shard (a round trip more). A quarter of a shard: at 10,000 article pairs 647 Vietnamese
    /// written forms are apart (bounds of 512 to 4,096 characters gave the same ones: the corpus's written forms are
    /// either common or rare), and further Vietnamese queries went from 33.1 to 30.8 KB gzip on average.
    /// </summary>
    public const long DefaultFormApartChars = DefaultShardChars / 4;

    /// <summary>
    /// Results are shown ten at a time and fall anywhere in the store, so each page is a part of its own (about
    /// 0.5 KB gzip): ten results fetch ten pages, where parts of two fetched about twenty, half of them not
    /// shown. The price is one file per page and language.
    /// </summary>
    public const int DefaultDocsPerPart = 1;

    /// <summary>One file, whatever the size.</summary>
    public static readonly SearchSharding Never = new(long.MaxValue);

    public static SearchSharding FromKb(int thresholdKb) => new(thresholdKb * 1024L);

    /// <summary>
    /// Heads of <paramref name="headPages"/> pages (site.yml: <c>search_head_pages</c>), the rest scaled as the
    /// defaults are: terms split from 5 times that many pages, blocks of a sixth of a head.
    /// </summary>
    public SearchSharding WithHeadPages(int headPages) => this with
    {
        HeadPages = headPages,
        TailFromPages = headPages * 5,
        BlockPages = Math.Max(1, headPages / 6),
    };

    /// <summary>
    /// Writes a shard or block out as soon as it is made, and says where (a one-off build: a large index's shards are
    /// hundreds of MB, which need not be held until the manifest names them). Its first argument is the file's path
    /// within the index's folder (<see cref="SearchShards.ShardPath"/>, <see cref="SearchShards.BlockPath"/>), whose
    /// own name waits for the hash of every shard. Null keeps the shards in memory.
    /// </summary>
    public Func<string, ReadOnlySpan<byte>, StoredSearchFile>? Store { get; init; }

    /// <summary>
    /// Called once the index writer has grouped the postings by term and let every page's term counts go (8 bytes a
    /// posting; the argument is how many bytes), before any shard is written: the moment a one-off build may have the
    /// collector take them back (see SiteBuilder). Null calls nothing.
    /// </summary>
    public Action<long>? CountsLetGo { get; init; }
}
