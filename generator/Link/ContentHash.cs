using System.Security.Cryptography;
using System.Text;

namespace StaticKb.Link;

/// <summary>The hash a translation records of its source's body, to tell when the source changed since.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Trim();
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16];
    }
}
