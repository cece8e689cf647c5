using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticKb.Tests.Support;

/// <summary>An output folder read back as a browser would: files by site path, pages parsed by AngleSharp.</summary>
public sealed class BuiltSite(string outputDir)
{
    private static readonly HtmlParser Parser = new();

    public string OutputDir { get; } = outputDir;

    /// <summary>Every file, as a site-relative path with '/' (e.g. <c>vi/articles/index.html</c>), in ordinal order.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(OutputDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> HtmlFiles() => Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

    public bool Exists(string sitePath) => File.Exists(Full(sitePath));

    public string Raw(string sitePath) => File.ReadAllText(Full(sitePath));

    public byte[] Bytes(string sitePath) => File.ReadAllBytes(Full(sitePath));

    /// <summary>The page at a file path (<c>vi/articles/k/index.html</c>) or a directory URL path (<c>vi/articles/k/</c>).</summary>
    public IDocument Page(string sitePath) => Parser.ParseDocument(Raw(sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath));

    private string Full(string sitePath) => Path.Combine(OutputDir, sitePath.Replace('/', Path.DirectorySeparatorChar));
}
