using System.IO.Hashing;
using System.Text;

namespace StaticKb.Index;

/// <summary>
/// Splits a language's index into shards by term, and its document store into parts, so a reader downloads
/// only what a query needs. Every shard is a lunr 2.3.9 index of its own (<see cref="LunrIndexWriter.ToShards"/>);
/// a manifest says which shard holds which terms and which part holds which pages:
/// <code>
/// {"version":7,"language":"vi","lunr":"2.3.9","fields":["title",…],"documents":1234,
///  "shards":{"hash":"3f2a9c1e07","count":980,"folder":64,"keys":["","an",…],
///            "hashed":{"first":212,"buckets":760,"alone":["+ngoai giao",…]}},
///  "docs":{"hash":"0a1b2c3d4e","size":1,"parts":1234,"folder":512}}
/// </code>
/// Shard i, in file <c>search-vi-{shards.hash}/{i ÷ folder}/{i}.json</c> (i below <c>count</c>, ÷ rounding down), holds the terms whose routing
/// key (<see cref="RoutingKey"/>) is at least <c>keys[i]</c> and below <c>keys[i + 1]</c> (ordinal order; each
/// boundary is the shortest string that separates the shards, <see cref="Boundary"/>), for the keys of words,
/// numbers and codes. Bigrams and pairs (<see cref="RoutedByHash"/>) are in shard <c>first + buckets + k</c> if
/// their key is <c>alone[k]</c> (the list is in ordinal order), and otherwise in shard
/// <c>first + KeyHash(key) % buckets</c>; the shards from <c>first + buckets + alone.length</c> up to <c>count</c> each hold
/// one written form of a word (<c>độ</c>) that the shard of its key names in its <c>"forms"</c> member
/// (<see cref="SearchSharding.FormApartChars"/>);
/// document-store part j, in <c>search-docs-vi-{docs.hash}/{j ÷ folder}/{j}.json</c>, holds pages (refs) <c>j × size</c> to
/// <c>(j + 1) × size − 1</c> in the usual <c>{"language":…,"docs":[…]}</c> shape. A common term's tail is in blocks
/// (<see cref="TermTail"/>): block b of shard i's split terms (numbered as its <c>tails.starts</c>) is <c>search-vi-{shards.hash}/{i ÷ folder}/{i}/{b}.json</c>, and
/// counts as a shard for the hash. Each hash is of the content of
/// all the files of its kind, so the files can be cached for ever; search.js resolves the names against the
/// manifest's URL. One hash per kind rather than one per file: any added or removed page changes every idf,
/// hence every shard, and shifts the refs of the parts after it, so per-file hashes would spare little
/// downloading, while the manifest, which every first query pays for, would carry thousands of them.
/// </summary>
internal static class SearchShards
{
    public const int ManifestVersion = 7;

    /// <summary>
    /// The key a term is routed by: a folded word (<c>~duong</c>) loses its mark, and every term is folded. A
    /// word's exact form, its folded form and its plain folded form share a key (<c>đường</c>, <c>~duong</c>,
    /// <c>duong</c> → <c>duong</c>), so they are in one shard: a query word costs one shard, however it is typed,
    /// and the field-vector entries of its exact and folded forms share their field ref. Bigrams and pairs keep their
    /// <c>+</c> (<c>+ngoai giao</c>), which routes them by hash (<see cref="RoutedByHash"/>), apart from words: a
    /// half-typed word's completions then span only shards of words, and a key prefix of a word is a prefix of the
    /// keys of all its completions. search.js has the same function (routingKey).
    /// </summary>
    public static string RoutingKey(string term) =>
        VietnameseFolding.Fold(term.StartsWith(VietnameseAnalyzer.FoldedPrefix, StringComparison.Ordinal) ? term.Substring(1) : term);

    /// <summary>
    /// The shortest string above <paramref name="previous"/> and at most <paramref name="first"/> (ordinal,
    /// previous below first): a shard's boundary in the manifest, which every first query downloads, need
    /// only separate the shard's first key from the last key of the shard before it.
    /// </summary>
    public static string Boundary(string previous, string first)
    {
        var common = 0;
        while (common < previous.Length && common < first.Length && previous[common] == first[common]) common++;
        return first[..Math.Min(first.Length, common + 1)];
    }

    /// <summary>
    /// Whether a key is routed by its hash rather than by its place among the keys: bigrams and pairs
    /// (<c>+ngoai giao</c>), which a query looks up whole, never by prefix. They are most of the index's keys, and
    /// the manifest would otherwise list a boundary for each of their thousands of shards.
    /// </summary>
    public static bool RoutedByHash(string key) => key.Length > 0 && key[0] == '+';

    /// <summary>32-bit FNV-1a of a key's UTF-16 code units; search.js has the same function (keyHash).</summary>
    public static uint KeyHash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash ^= c;
            hash = unchecked(hash * 16777619u);
        }
        return hash;
    }

    /// <summary>The bucket of a key routed by hash, among <paramref name="buckets"/>.</summary>
    public static int Bucket(string key, int buckets) => (int)(KeyHash(key) % (uint)buckets);

    /// <summary>
    /// How full a bucket of bigrams is on average, in percent of the shard target. A query looks up a bigram or two
    /// and fetches their buckets whole, so smaller buckets cost it less; the keys that get a shard of their own are
    /// those above the target, not above the buckets' size, so the manifest does not grow (it shrinks: fewer buckets
    /// are filled by chance past the target). At 10,000 article pairs, Vietnamese, KB gzip (further queries' mean,
    /// first query median / max, manifest) and files of shards, at manifest version 5: 70% 36.8, 71.7 / 173.9, 11.5,
    /// 18,313; 35% 36.0, 66.2 / 167.4, 7.3, 31,475; 20% 35.4, 65.6 / 166.3, 6.4, 52,983. At version 7 (written forms
    /// apart): 35% 30.5, 55.7 / 126.5, 7.3, 32,122; 25% 30.0, 56.7 / 126.5, 6.8, 43,569; 20% 29.9, 55.4 / 125.4, 6.4,
    /// 53,630. 20% brings further queries within 30 KB, but a 10k site has some 31,000 more files, and its build's peak
    /// RSS went over 1 GB in two of three builds (1,027–1,034 MiB, against 911–917 at 35%, in turns on /dev/shm).
    /// </summary>
    public const int BucketFillPercent = 35;

    /// <summary>
    /// How bigram keys of these sizes (estimated characters) are laid out: how many buckets, holding
    /// <see cref="BucketFillPercent"/> of the target on average, and which keys get a shard of their own instead. Those are the keys
    /// larger than the target (as a common word is a shard alone), and the largest of a bucket that chance filled
    /// past a quarter over the target, until it is back within that: every shard stays near the target, and the
    /// manifest names few keys.
    /// </summary>
    public static (int Buckets, IReadOnlySet<string> Alone) PlanBuckets(IReadOnlyList<(string Key, long Size)> keys, long shardChars)
    {
        var alone = keys.Where(k => k.Size > shardChars).Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var shared = keys.Where(k => !alone.Contains(k.Key)).ToList();
        var fill = Math.Max(1, shardChars * BucketFillPercent / 100);
        var buckets = (int)Math.Max(1, (shared.Sum(k => k.Size) + fill - 1) / fill);
        foreach (var bucket in shared.GroupBy(k => Bucket(k.Key, buckets)))
        {
            var size = bucket.Sum(k => k.Size);
            foreach (var (key, keySize) in bucket.OrderByDescending(k => k.Size).ThenBy(k => k.Key, StringComparer.Ordinal))
            {
                if (size <= shardChars * 5 / 4) break;
                alone.Add(key);
                size -= keySize;
            }
        }
        return (buckets, alone);
    }

    public static SearchIndexOutput Write(string language, IReadOnlyList<SearchDocument> pages, LunrIndexWriter writer, SearchSharding sharding)
    {
        var set = writer.ToShards(RoutingKey, sharding, Hash);
        var shards = set.Shards;
        // A shard's digest stands for its blocks' too: a block's name changes whenever any of them does.
        var shardHashes = shards.Select(s => s.Blocks.Count == 0 ? s.Digest : s.Digest + ":" + string.Join(":", s.Blocks.Select(b => b.Digest))).ToArray();
        var docParts = new byte[(pages.Count + sharding.DocsPerPart - 1) / sharding.DocsPerPart][];
        var docHashes = new string[docParts.Length];
        Parallel.For(0, docParts.Length, j =>
        {
            var from = j * sharding.DocsPerPart;
            docParts[j] = Encoding.UTF8.GetBytes(SearchDocumentsJson.Write(language, pages.Skip(from).Take(sharding.DocsPerPart).ToArray()));
            docHashes[j] = Hash(docParts[j]);
        });
        var prefixes = set.Prefixes.Count > 0 ? PrefixShards.Json(set.Prefixes) : null;
        var shardsHash = Hash(string.Join(",", shardHashes) + (prefixes is null ? "" : ":" + Hash(prefixes)));
        var docsHash = Hash(string.Join(",", docHashes));
        var parts = new List<SearchFile>(shards.Count + docParts.Length);
        for (var i = 0; i < shards.Count; i++)
        {
            parts.Add(new SearchFile(ShardFileName(language, shardsHash, i, sharding.ShardsPerFolder), shards[i].Json) { Stored = shards[i].Stored });
            for (var b = 0; b < shards[i].Blocks.Count; b++)
                parts.Add(new SearchFile(BlockFileName(language, shardsHash, i, b, sharding.ShardsPerFolder), shards[i].Blocks[b].Json) { Stored = shards[i].Blocks[b].Stored });
        }
        if (prefixes is not null) parts.Add(new SearchFile(PrefixesFileName(language, shardsHash), prefixes));
        for (var j = 0; j < docParts.Length; j++) parts.Add(new SearchFile(DocsFileName(language, docsHash, j, sharding.PartsPerFolder), docParts[j]));

        var sb = new StringBuilder();
        sb.Append("{\"version\":").Append(ManifestVersion).Append(",\"language\":");
        JsJson.AppendString(sb, language);
        sb.Append(",\"lunr\":");
        JsJson.AppendString(sb, LunrIndexWriter.LunrVersion);
        sb.Append(",\"fields\":[");
        for (var f = 0; f < SearchFields.All.Count; f++)
        {
            if (f > 0) sb.Append(',');
            JsJson.AppendString(sb, SearchFields.All[f].Name);
        }
        sb.Append("],\"documents\":").Append(pages.Count).Append(",\"shards\":{\"hash\":");
        JsJson.AppendString(sb, shardsHash);
        sb.Append(",\"count\":").Append(shards.Count).Append(",\"folder\":").Append(sharding.ShardsPerFolder).Append(",\"keys\":[");
        for (var i = 0; i < set.WordShards; i++)
        {
            if (i > 0) sb.Append(',');
            JsJson.AppendString(sb, i == 0 ? "" : Boundary(set.WordLasts[i - 1], set.WordFirsts[i])); // the first shard also takes any key below its first
        }
        sb.Append("],\"hashed\":{\"first\":").Append(set.WordShards).Append(",\"buckets\":").Append(set.Buckets).Append(",\"alone\":[");
        for (var k = 0; k < set.AloneKeys.Count; k++)
        {
            if (k > 0) sb.Append(',');
            JsJson.AppendString(sb, set.AloneKeys[k]);
        }
        sb.Append("]}");
        if (prefixes is not null) sb.Append(",\"prefixes\":").Append(sharding.PrefixesFrom);
        sb.Append("},\"docs\":{\"hash\":");
        JsJson.AppendString(sb, docsHash);
        sb.Append(",\"size\":").Append(sharding.DocsPerPart).Append(",\"parts\":").Append(docParts.Length).Append(",\"folder\":").Append(sharding.PartsPerFolder).Append("}}");
        return new SearchIndexOutput(language, sb.ToString(), null, parts) { ShardsFolder = ShardsFolder(language, shardsHash) };
    }

    /// <summary>
    /// The first 10 hex digits of the UTF-8 content's XXH128. The names only need to change with the content (no
    /// one gains by forging a search shard): at 10,000 article pairs the shards and blocks are some 800 MB of
    /// JSON, which SHA-256 took about a third of the shard writing to hash, and XXH128 hashes many times faster.
    /// </summary>
    public static string Hash(byte[] utf8) => Hash(utf8.AsSpan());

    /// <inheritdoc cref="Hash(byte[])"/>
    public static string Hash(ReadOnlySpan<byte> utf8) => Convert.ToHexStringLower(XxHash128.Hash(utf8))[..10];

    /// <summary>The same, of a string's UTF-8 bytes (the lists of the shards' and parts' digests).</summary>
    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    /// <summary>The folder of a sharded index's shards, blocks and prefixes.</summary>
    public static string ShardsFolder(string language, string hash) => $"search-{language}-{hash}";

    /// <summary>Shard <paramref name="shard"/>, in the folder of <paramref name="perFolder"/> shards it falls in (<see cref="SearchSharding.ShardsPerFolder"/>).</summary>
    public static string ShardFileName(string language, string hash, int shard, int perFolder) => $"{ShardsFolder(language, hash)}/{ShardPath(shard, perFolder)}";

    /// <summary>Block <paramref name="block"/> of the split terms of shard <paramref name="shard"/> (numbered as the shard's <c>tails.starts</c>), in a folder of the shard's blocks beside it.</summary>
    public static string BlockFileName(string language, string hash, int shard, int block, int perFolder) => $"{ShardsFolder(language, hash)}/{BlockPath(shard, block, perFolder)}";

    /// <summary>Where <see cref="ShardFileName"/> puts a shard within <see cref="ShardsFolder"/>: known before the folder's hash is.</summary>
    public static string ShardPath(int shard, int perFolder) => $"{shard / perFolder}/{shard}.json";

    /// <summary>Where <see cref="BlockFileName"/> puts a block within <see cref="ShardsFolder"/>.</summary>
    public static string BlockPath(int shard, int block, int perFolder) => $"{shard / perFolder}/{shard}/{block}.json";

    /// <summary>The prefixes that span at least the manifest's <c>shards.prefixes</c> shards, with the shards their completions are in (<see cref="PrefixShards"/>).</summary>
    public static string PrefixesFileName(string language, string hash) => $"{ShardsFolder(language, hash)}/prefixes.json";

    /// <summary>Whether a file of a sharded index is its prefixes' (<see cref="PrefixesFileName"/>).</summary>
    public static bool IsPrefixesFileName(string name) => name.EndsWith("/prefixes.json", StringComparison.Ordinal);

    /// <summary>Whether a file of a sharded index is a block (<see cref="BlockFileName"/>) rather than a shard or a part.</summary>
    public static bool IsBlockFileName(string name) => name.Count(c => c == '/') == 3;

    /// <summary>Part <paramref name="part"/> of the document store, in folders of <paramref name="perFolder"/> (<see cref="SearchSharding.PartsPerFolder"/>).</summary>
    public static string DocsFileName(string language, string hash, int part, int perFolder) => $"search-docs-{language}-{hash}/{part / perFolder}/{part}.json";
}
