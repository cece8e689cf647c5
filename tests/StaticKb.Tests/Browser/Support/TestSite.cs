using StaticKb.Build;

namespace StaticKb.Tests.Browser.Support;

/// <summary>
/// A site built for the tests with <c>--strict</c> under a project base path (<c>http://127.0.0.1:PORT/statickb/</c>,
/// like a GitHub Pages project site) and served from 127.0.0.1 on that port.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string BasePath = "/statickb/";

    private readonly TestProject _project;
    private readonly StaticSiteServer _server;

    private TestSite(TestProject project, string baseUrl, BuildResult result, StaticSiteServer server)
    {
        _project = project;
        BaseUrl = baseUrl;
        Result = result;
        _server = server;
        OutputDir = result.OutputDir!;
        HtmlPages = Directory.EnumerateFiles(OutputDir, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public string BaseUrl { get; }

    public string OutputDir { get; }

    public BuildResult Result { get; }

    /// <summary>Every HTML file of the built site, relative to its root with '/' (<c>vi/articles/index.html</c>).</summary>
    public IReadOnlyList<string> HtmlPages { get; }

    /// <summary>The address of a site path (<c>vi/timeline/</c>) on the local server.</summary>
    public string Url(string sitePath) => BaseUrl + sitePath.TrimStart('/');

    public string Read(string file) => File.ReadAllText(Path.Combine(OutputDir, file));

    /// <summary>Site paths of the pages in one folder of a language (<c>vi</c>, <c>documents</c>), e.g. <c>vi/documents/15-ct-tw/</c>.</summary>
    public IReadOnlyList<string> PagesIn(string lang, string section) => HtmlPages
        .Where(p => p.StartsWith($"{lang}/{section}/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3 && p.EndsWith("/index.html", StringComparison.Ordinal))
        .Select(p => p[..^"index.html".Length])
        .Where(p => !p.EndsWith("/page/", StringComparison.Ordinal))
        .ToList();

    public static TestSite Build(TestProject project)
    {
        // The port is held from before the build, which writes it into the site, until the server listens on it.
        var reserved = new PortReservation();
        try
        {
            var baseUrl = $"http://127.0.0.1:{reserved.Port}{BasePath}";
            project.SetBaseUrl(baseUrl);
            var result = SiteBuilder.Build(new BuildOptions(project.Dir, Strict: true));
            if (!result.Succeeded || result.OutputDir is null)
                throw new InvalidOperationException($"building {project.Dir} failed:\n" +
                    string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())));
            return new TestSite(project, baseUrl, result, new StaticSiteServer(result.OutputDir, BasePath, reserved));
        }
        finally
        {
            reserved.Dispose();
        }
    }

    public void Dispose()
    {
        _server.Dispose();
        _project.Dispose();
    }
}

/// <summary>
/// The two sites every browser and validation test shares, each built once per test run: the repository's real
/// content, whatever it holds today, and a small fixture site (Browser/Fixtures/site) with articles, entities of
/// every kind and a timeline over three years, so behaviour that needs an article never depends on content.
/// </summary>
public static class TestSites
{
    private static readonly Lazy<TestSite> RealSite = new(() => Track(TestSite.Build(TestProject.FromRepository("real"))));
    private static readonly Lazy<TestSite> SampleSite = new(() => Track(TestSite.Build(TestProject.FromFixture("sample", Path.Combine("Browser", "Fixtures", "site")))));
    private static readonly List<TestSite> Built = new();

    public static TestSite Real => RealSite.Value;

    public static TestSite Sample => SampleSite.Value;

    public static IEnumerable<TestSite> Both => [Real, Sample];

    private static TestSite Track(TestSite site)
    {
        lock (Built)
        {
            if (Built.Count == 0) AppDomain.CurrentDomain.ProcessExit += (_, _) => { lock (Built) Built.ForEach(s => s.Dispose()); };
            Built.Add(site);
        }
        return site;
    }
}
