using System.Text;

namespace StaticKb.Index;

/// <summary>
/// Writes the list of pages the results UI shows, in ref order:
/// <c>{"language":…,"docs":[{"url":…,"kind":…,"title":…,"text":…}]}</c>.
/// </summary>
internal static class SearchDocumentsJson
{
    /// <summary>
    /// How much of a page's body is kept for its snippet: about the first paragraph. Keeping whole bodies
    /// would make this file as large as the text of the site; the browser shows the part of this text around
    /// the query's words, or its start when they occur further down.
    /// </summary>
    public const int SnippetSourceLength = 480;

    public static string Write(string language, IReadOnlyList<SearchDocument> documents)
    {
        var sb = new StringBuilder(documents.Count * (SnippetSourceLength + 200));
        sb.Append("{\"language\":");
        JsJson.AppendString(sb, language);
        sb.Append(",\"docs\":[");
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            if (i > 0) sb.Append(',');
            sb.Append("{\"url\":");
            JsJson.AppendString(sb, d.Id);
            sb.Append(",\"kind\":");
            JsJson.AppendString(sb, d.Kind);
            sb.Append(",\"title\":");
            JsJson.AppendString(sb, d.Title);
            sb.Append(",\"text\":");
            JsJson.AppendString(sb, SnippetSource(d.Body));
            sb.Append('}');
        }
        sb.Append("]}");
        return sb.ToString();
    }

    /// <summary>The start of the body, cut at a space so no word is halved.</summary>
    public static string SnippetSource(string body)
    {
        if (body.Length <= SnippetSourceLength) return body;
        var cut = body.LastIndexOf(' ', SnippetSourceLength);
        if (cut < SnippetSourceLength / 2) cut = SnippetSourceLength;
        if (char.IsHighSurrogate(body[cut - 1])) cut--;
        return body.Substring(0, cut).TrimEnd();
    }
}
