using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace StaticKb.Tests.Support;

/// <summary>
/// Inline SVG pictures of a page, read back as XML exactly as the build wrote them (an HTML parser would forgive
/// what an SVG viewer, a print pipeline or an XML tool would not).
/// </summary>
public static class SvgDocuments
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Every <c>&lt;svg class="…cssClass…"&gt;</c> element of the raw page, each parsed as its own XML document.</summary>
    public static IReadOnlyList<XDocument> In(string rawHtml, string cssClass) =>
        Regex.Matches(rawHtml, $"<svg class=\"{Regex.Escape(cssClass)}\".*?</svg>", RegexOptions.Singleline)
            .Select(m => XDocument.Parse(m.Value))
            .ToList();

    /// <summary>Elements of the SVG whose class attribute has the given class.</summary>
    public static IEnumerable<XElement> WithClass(this XContainer svg, string cssClass) =>
        svg.Descendants().Where(e => (e.Attribute("class")?.Value ?? "").Split(' ').Contains(cssClass));
}
