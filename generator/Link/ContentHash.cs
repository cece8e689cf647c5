using System.Security.Cryptography;
using System.Text;

namespace StaticKb.Link;

/// <summary>The hash a translation records of its source's body, to tell when the source changed since.</summary>
public static class ContentHash
{
    // statickb serve hands the same body strings to every build; hashing 30 MB of unchanged bodies again on each
    // save would be most of the Link stage. Keyed by the string object itself, so an entry lives as long as the body.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> Known = new();

    public static string Of(string text) => Known.GetValue(text, Compute);

    private static string Compute(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Trim();
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16];
    }
}
