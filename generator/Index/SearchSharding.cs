namespace StaticKb.Index;

/// <summary>
/// When and how finely an index is split into shards (<see cref="SearchShards"/>). Sizes are in characters of
/// JSON, as estimated before the index is written (within about a tenth of the real size).
/// </summary>
/// <param name="ThresholdChars">An index estimated at up to this many characters stays one file (site.yml: <c>search_shard_threshold_kb</c>).</param>
/// <param name="ShardChars">The size a shard is cut at.</param>
/// <param name="DocsPerPart">Pages per part of the document store.</param>
public sealed record SearchSharding(long ThresholdChars, long ShardChars = SearchSharding.DefaultShardChars, int DocsPerPart = SearchSharding.DefaultDocsPerPart)
{
    /// <summary>
    /// 2 MB of JSON, about 400 KB gzip: a reader on a phone still loads that in a second or two, and sites up
    /// to several hundred pages (this project's own content has an index of about 430 KB) stay one file and
    /// one request. Above it, a first query costs less sharded than whole.
    /// </summary>
    public const int DefaultThresholdKb = 2048;

    /// <summary>
    /// A shard of about 25 KB gzip (more when one word's terms alone are more). A query word falls in one shard,
    /// and its bigram with the next in another; smaller shards mean fewer bytes per query for rare words but a
    /// longer manifest (one key per shard), which the first query pays for.
    /// </summary>
    public const long DefaultShardChars = 128 * 1024;

    /// <summary>
    /// Results are shown ten at a time and fall anywhere in the store, so parts are small: two pages, under
    /// 1 KB gzip. Larger parts fetch more pages that are not shown; smaller ones make more files.
    /// </summary>
    public const int DefaultDocsPerPart = 2;

    /// <summary>One file, whatever the size.</summary>
    public static readonly SearchSharding Never = new(long.MaxValue);

    public static SearchSharding FromKb(int thresholdKb) => new(thresholdKb * 1024L);
}
