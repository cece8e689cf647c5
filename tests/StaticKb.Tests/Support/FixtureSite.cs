using System.Text;
using StaticKb.Build;
using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Link;
using StaticKb.Load;

namespace StaticKb.Tests.Support;

/// <summary>
/// A fixture site from <c>Fixtures/sites/&lt;name&gt;/</c>, copied into a fresh temporary folder so a test may add,
/// overwrite or delete files and build it without touching the fixture or other tests. Sites without their own
/// <c>templates/</c> get the repository's real templates.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    private readonly string _sandbox;

    private FixtureSite(string sandbox)
    {
        _sandbox = sandbox;
        Root = Path.Combine(sandbox, "site");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The project folder (holding site.yml, content/ and templates/).</summary>
    public string Root { get; }

    /// <summary>The default output folder, as site.yml's <c>output</c> leaves it when unset.</summary>
    public string OutputDir => Path.Combine(Root, "_site");

    public static FixtureSite Copy(string fixture)
    {
        var site = new FixtureSite(Path.Combine(Path.GetTempPath(), "statickb-tests", Guid.NewGuid().ToString("N")));
        site.Overlay(fixture);
        if (!Directory.Exists(Path.Combine(site.Root, "templates")))
            CopyTree(RepoPaths.Templates, Path.Combine(site.Root, "templates"));
        return site;
    }

    /// <summary>Copies another fixture's files over this site (for example one bad file from <c>invalid/&lt;case&gt;</c>).</summary>
    public FixtureSite Overlay(string fixture)
    {
        var from = Path.Combine(RepoPaths.FixtureSites, fixture);
        if (!Directory.Exists(from)) throw new DirectoryNotFoundException($"no fixture site {from}");
        CopyTree(from, Root);
        return this;
    }

    /// <summary>Writes a text file as editors save it: UTF-8 without BOM, the line ends as given.</summary>
    public FixtureSite Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public FixtureSite WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Full(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public FixtureSite Delete(string relativePath)
    {
        var full = Full(relativePath);
        if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        else File.Delete(full);
        return this;
    }

    public string ReadText(string relativePath) => File.ReadAllText(Full(relativePath));

    /// <summary>A path beside the project folder, for output written outside the project (<c>--output</c>).</summary>
    public string Outside(string name) => Path.Combine(_sandbox, name);

    public BuildResult Build(string? baseUrl = null, string? output = null) =>
        SiteBuilder.Build(new BuildOptions(Root, baseUrl, output));

    /// <summary>The site as the build's Load stage sees it, with every diagnostic of site.yml and content.</summary>
    public (LoadedSite? Site, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read(Root, new SiteConfigReader.Overrides(), bag);
        var loaded = config is null ? null : ContentLoader.Load(Root, config, bag);
        return (loaded, bag.Sorted());
    }

    /// <summary>Load and Link, as the build runs them.</summary>
    public (LinkedSite? Site, IReadOnlyList<Diagnostic> Diagnostics) Link()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read(Root, new SiteConfigReader.Overrides(), bag);
        var loaded = config is null ? null : ContentLoader.Load(Root, config, bag);
        var linked = loaded is null ? null : SiteLinker.Link(loaded, bag);
        return (linked, bag.Sorted());
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_sandbox)) Directory.Delete(_sandbox, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }

    private string Full(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    internal static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}
