using System.Text;
using System.Xml;
using StaticKb.Config;
using StaticKb.Render;

namespace StaticKb.Publish;

/// <summary>
/// <c>sitemap.xml</c> listing every language page with <c>xhtml:link</c> hreflang alternates (each language that
/// has the page, and x-default), and <c>robots.txt</c> pointing to it.
/// </summary>
public static class SitemapWriter
{
    public static IEnumerable<OutputFile> Write(RenderedSite site, SiteConfig config)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string xhtml = "http://www.w3.org/1999/xhtml";
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            xml.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            // Nearly every page exists in every language; an entity's mentions may run over fewer pages in one.
            var listed = site.Pages.Select(p => p.SitePath).ToHashSet(StringComparer.Ordinal);
            foreach (var page in site.Pages.Where(p => p.Language is not null && p.File.EndsWith("index.html", StringComparison.Ordinal)))
            {
                var below = page.SitePath[page.Language!.Length..];
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, config.BaseUrl.Absolute(page.SitePath));
                foreach (var lang in config.Languages.Where(l => listed.Contains(l.Code + below)))
                    Alternate(xml, lang.Code, config.BaseUrl.Absolute(lang.Code + below));
                var fallback = listed.Contains(config.DefaultLanguage.Code + below) ? config.DefaultLanguage.Code + below : page.SitePath;
                Alternate(xml, "x-default", config.BaseUrl.Absolute(fallback));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        yield return new OutputFile("sitemap.xml", buffer.ToArray());
        yield return new OutputFile("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {config.BaseUrl.Absolute("sitemap.xml")}\n"));
    }

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", "http://www.w3.org/1999/xhtml");
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
