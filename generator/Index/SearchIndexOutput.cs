namespace StaticKb.Index;

/// <summary>The search files for one language, ready to be written next to the site's assets.</summary>
/// <param name="Language">"vi" or "en".</param>
/// <param name="IndexJson">
/// A serialised <c>lunr.Index</c> (lunr.js 2.3.9, the shape <c>lunr.Index.prototype.toJSON</c> writes),
/// loadable with <c>lunr.Index.load</c>. Document refs are "0", "1", … : positions in <paramref name="DocumentsJson"/>.
/// When the index is sharded (<paramref name="Parts"/> not empty), this is the manifest instead
/// (<see cref="SearchShards"/>), which names the shards and the parts of the document store.
/// </param>
/// <param name="DocumentsJson">
/// What the results list needs and the index does not hold:
/// <c>{"language":"vi","docs":[{"url":…,"kind":…,"title":…,"text":…}, …]}</c>, in ref order.
/// <c>url</c> is the page's site-relative URL; <c>text</c> is the start of the page's body
/// (see <see cref="SearchDocumentsJson.SnippetSourceLength"/>), which the browser re-tokenises to
/// show a highlighted snippet, so the index needs no term positions. Null when sharded: the document
/// store is then split into parts, listed in the manifest.
/// </param>
/// <param name="Parts">
/// A sharded index's shards and document-store parts, each named for its content
/// (<c>search-vi-3f2a9c1e07/0/12.json</c>), to be written under the folder of the manifest, which refers to them
/// by those names. Empty for a whole index.
/// </param>
public sealed record SearchIndexOutput(string Language, string IndexJson, string? DocumentsJson, IReadOnlyList<SearchFile> Parts)
{
    public SearchIndexOutput(string language, string indexJson, string documentsJson)
        : this(language, indexJson, documentsJson, Array.Empty<SearchFile>())
    {
    }

    public bool IsSharded => Parts.Count > 0;

    /// <summary>A sharded index's folder of shards, blocks and prefixes (<see cref="SearchShards.ShardsFolder"/>); null for a whole index.</summary>
    public string? ShardsFolder { get; init; }
}

/// <summary>A file of a sharded index: its name (already content-hashed) and its JSON, in UTF-8 as it is written.</summary>
/// <remarks>A method, not a property, gives the text: records print and compare their properties, and a shard is large.</remarks>
public sealed record SearchFile(string Name, byte[] Utf8)
{
    /// <summary>
    /// Set when the file was written out as soon as it was made (<see cref="SearchSharding.Store"/>), in a folder that
    /// is given its name once every shard's hash is known; <see cref="Utf8"/> is then empty.
    /// </summary>
    public StoredSearchFile? Stored { get; init; }

    public long Length => Stored?.Length ?? Utf8.Length;

    public string JsonText() => Stored is null ? System.Text.Encoding.UTF8.GetString(Utf8) : throw new InvalidOperationException($"{Name} was written out");
}

/// <summary>Where a search file was written before its folder had its name (site-relative), and its length.</summary>
public sealed record StoredSearchFile(string Path, long Length);
