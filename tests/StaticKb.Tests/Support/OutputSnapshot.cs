using System.Security.Cryptography;

namespace StaticKb.Tests.Support;

/// <summary>Every file below a folder with a hash of its bytes, to check that a failed build or a check left it untouched.</summary>
public static class OutputSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string dir) =>
        Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            : new Dictionary<string, string>();
}
