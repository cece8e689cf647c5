using System.Text;

namespace StaticKb.Index;

/// <summary>
/// The pages of one language as lunr.js's own builder gets them in reference-build.js: the field list with boosts
/// and, per page in ref order, the text of each field. The benchmark and the compatibility test hand lunr
/// exactly what <see cref="SearchIndexBuilder"/> analyses.
/// </summary>
internal static class LunrInputJson
{
    /// <param name="refs">"url" to use page URLs as refs (what a lunr user would), "position" for the generator's refs.</param>
    public static string Write(string language, IReadOnlyList<SearchDocument> documents, string refs)
    {
        var pages = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var sb = new StringBuilder();
        sb.Append("{\"language\":");
        JsJson.AppendString(sb, language);
        sb.Append(",\"fields\":[");
        for (var f = 0; f < SearchFields.All.Count; f++)
        {
            if (f > 0) sb.Append(',');
            sb.Append("{\"name\":");
            JsJson.AppendString(sb, SearchFields.All[f].Name);
            sb.Append(",\"boost\":").Append(JsJson.Number(SearchFields.All[f].Boost)).Append('}');
        }
        sb.Append("],\"documents\":[");
        for (var i = 0; i < pages.Length; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append("{\"id\":");
            JsJson.AppendString(sb, refs == "url" ? pages[i].Id : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            sb.Append(",\"texts\":[");
            var texts = SearchFields.Texts(pages[i], language);
            for (var t = 0; t < texts.Length; t++)
            {
                if (t > 0) sb.Append(',');
                JsJson.AppendString(sb, texts[t]);
            }
            sb.Append("]}");
        }
        sb.Append("]}");
        return sb.ToString();
    }
}
