namespace StaticKb.Index;

/// <summary>A shard as <see cref="LunrIndexWriter.ToShards"/> writes it: where it sits among the keys, its file, and its split terms' blocks.</summary>
/// <param name="First">The key of its first term.</param>
/// <param name="Previous">The key of the last term of the shard before it ("" for the first shard).</param>
/// <param name="Json">Its UTF-8 JSON; empty once stored.</param>
internal sealed record WrittenShard(string First, string Previous, byte[] Json, string Digest, StoredSearchFile? Stored, IReadOnlyList<WrittenBlock> Blocks);

/// <summary>One block of a split term's tail, numbered by its place in its shard's list.</summary>
internal sealed record WrittenBlock(byte[] Json, string Digest, StoredSearchFile? Stored);
