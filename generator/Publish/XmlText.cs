using System.Text;
using System.Xml;

namespace StaticKb.Publish;

/// <summary>
/// Text for XML documents (feeds): characters XML 1.0 cannot carry at all, such as control characters that a
/// YAML escape can put in a title, are dropped rather than making the whole feed unwritable.
/// </summary>
public static class XmlText
{
    public static string Safe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                sb.Append(text[i]);
            }
        }
        return sb.ToString();
    }
}
