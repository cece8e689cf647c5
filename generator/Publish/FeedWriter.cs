using System.Text;
using System.Xml;
using StaticKb.Config;
using StaticKb.Link;
using StaticKb.Render.Pages;

namespace StaticKb.Publish;

/// <summary>
/// One Atom feed per language (<c>/vi/feed.xml</c>, <c>/en/feed.xml</c>) with the articles written in that
/// language. XmlWriter does the escaping; timestamps come from the articles, never from the clock, so feeds
/// are as deterministic as pages.
/// </summary>
public static class FeedWriter
{
    public const int MaxEntries = 50;

    public static OutputFile Write(LinkedSite site, LanguageConfig lang)
    {
        var config = site.Loaded.Config;
        var articles = site.Articles
            .Select(p => p.In(lang.Code))
            .OfType<Model.Article>()
            .OrderByDescending(a => a.Date)
            .ThenBy(a => a.TranslationKey, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, lang.Code);
            xml.WriteElementString("title", atom, XmlText.Safe(lang.Title));
            xml.WriteElementString("subtitle", atom, XmlText.Safe(lang.Description));
            xml.WriteElementString("id", atom, config.BaseUrl.Absolute(SitePaths.Home(lang.Code)));
            Link(xml, config.BaseUrl.Absolute(SitePaths.Feed(lang.Code)), "self");
            Link(xml, config.BaseUrl.Absolute(SitePaths.Home(lang.Code)), "alternate");
            xml.WriteElementString("updated", atom, Timestamp(articles.FirstOrDefault()?.Date));
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, XmlText.Safe(lang.Title));
            xml.WriteEndElement();
            foreach (var a in articles)
            {
                var url = config.BaseUrl.Absolute(SitePaths.Article(lang.Code, a.TranslationKey));
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, XmlText.Safe(a.Title));
                xml.WriteElementString("id", atom, url);
                Link(xml, url, "alternate");
                xml.WriteElementString("updated", atom, Timestamp(a.Date));
                if (!string.IsNullOrWhiteSpace(a.Summary)) xml.WriteElementString("summary", atom, XmlText.Safe(a.Summary));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return new OutputFile(SitePaths.Feed(lang.Code), buffer.ToArray());
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // Atom needs a full timestamp; a partial date stands for its first day.
    private static string Timestamp(Model.PartialDate? date) =>
        (date?.Start ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
