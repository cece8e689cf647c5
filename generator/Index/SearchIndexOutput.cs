namespace StaticKb.Index;

/// <summary>The search files for one language, ready to be written next to the site's assets.</summary>
/// <param name="Language">"vi" or "en".</param>
/// <param name="IndexJson">
/// A serialised <c>lunr.Index</c> (lunr.js 2.3.9, the shape <c>lunr.Index.prototype.toJSON</c> writes),
/// loadable with <c>lunr.Index.load</c>. Document refs are "0", "1", … : positions in <paramref name="DocumentsJson"/>.
/// </param>
/// <param name="DocumentsJson">
/// What the results list needs and the index does not hold:
/// <c>{"language":"vi","docs":[{"url":…,"kind":…,"title":…,"text":…}, …]}</c>, in ref order.
/// <c>url</c> is the page's site-relative URL; <c>text</c> is the start of the page's body
/// (see <see cref="SearchDocumentsJson.SnippetSourceLength"/>), which the browser re-tokenises to
/// show a highlighted snippet, so the index needs no term positions.
/// </param>
public sealed record SearchIndexOutput(string Language, string IndexJson, string DocumentsJson);
