namespace StaticKb.Index;

/// <summary>A shard as <see cref="LunrIndexWriter.ToShards"/> writes it: its file, and its split terms' blocks.</summary>
/// <param name="Json">Its UTF-8 JSON; empty once stored.</param>
internal sealed record WrittenShard(byte[] Json, string Digest, StoredSearchFile? Stored, IReadOnlyList<WrittenBlock> Blocks);

/// <summary>One block of a split term's tail, numbered by its place in its shard's list.</summary>
internal sealed record WrittenBlock(byte[] Json, string Digest, StoredSearchFile? Stored);

/// <summary>
/// A sharded index's shards and how terms are routed to them (<see cref="SearchShards"/>): first the shards of
/// words, numbers and codes, in key order; then <paramref name="Buckets"/> shards of bigrams and pairs by a hash of
/// their key; then one shard for each key in <paramref name="AloneKeys"/>, a bigram too large to share a bucket; then
/// one for each written form apart (<see cref="SearchSharding.FormApartChars"/>), in the order the shards of words name them.
/// </summary>
/// <param name="WordFirsts">Per shard of words, the key of its first term.</param>
/// <param name="WordLasts">Per shard of words, the key of its last term.</param>
/// <param name="Prefixes">The prefixes that span many shards, with the shards their completions are in (<see cref="PrefixShards"/>).</param>
internal sealed record ShardSet(IReadOnlyList<WrittenShard> Shards, IReadOnlyList<string> WordFirsts, IReadOnlyList<string> WordLasts, int Buckets, IReadOnlyList<string> AloneKeys,
    IReadOnlyList<(string Prefix, int[] Shards)> Prefixes)
{
    public int WordShards => WordFirsts.Count;
}
