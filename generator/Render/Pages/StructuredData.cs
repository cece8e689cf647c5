using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticKb.Render.Templates;

namespace StaticKb.Render.Pages;

/// <summary>
/// schema.org JSON-LD for search engines: <c>NewsArticle</c> for articles, <c>Event</c> for conferences,
/// <c>Legislation</c> for documents. Serialised so that no content can close the script element:
/// the encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes even inside strings.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static RawHtml Article(ArticleView a, string lang, string url, string publisher) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = a.IsFallback ? a.OriginalTitle : a.Title,
        ["inLanguage"] = a.IsFallback ? null : lang,
        ["datePublished"] = a.DateIso,
        ["url"] = url,
        ["isBasedOn"] = a.SourceUrl,
        ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = publisher },
        ["about"] = a.Entities.Select(e => e.Name).ToList(),
    });

    public static RawHtml? Entity(EntityView e, string lang, string url)
    {
        var date = e.Facts.FirstOrDefault(f => f.DateIso is not null)?.DateIso;
        return e.Kind switch
        {
            "conference" => Serialize(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Event",
                ["name"] = e.Name,
                ["startDate"] = date,
                ["description"] = e.Summary,
                ["url"] = url,
                ["inLanguage"] = lang,
                ["eventAttendanceMode"] = "https://schema.org/MixedEventAttendanceMode",
                ["location"] = new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = "Việt Nam" },
            }),
            "document" => Serialize(new Dictionary<string, object?>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Legislation",
                ["name"] = e.Name,
                ["legislationIdentifier"] = e.Number,
                ["legislationDate"] = date,
                ["description"] = e.Summary,
                ["url"] = url,
                ["inLanguage"] = lang,
            }),
            _ => null,
        };
    }

    private static RawHtml Serialize(Dictionary<string, object?> data)
    {
        var clean = data.Where(kv => kv.Value is not null && kv.Value is not IList<string> { Count: 0 }).ToDictionary(kv => kv.Key, kv => kv.Value);
        return new RawHtml(JsonSerializer.Serialize(clean, Options));
    }
}
