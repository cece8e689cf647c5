using System.Text.RegularExpressions;

namespace StaticKb.Tests.Browser.Support;

/// <summary>
/// A throw-away project folder: a site.yml, content/ and templates/ copied from the repository or a fixture,
/// optionally with fixture files laid over them. Deleted on dispose; the folder of all of them, beside the test
/// assembly, is emptied when a test run starts, so a run that was killed leaves nothing behind for long.
/// </summary>
public sealed class TestProject : IDisposable
{
    private static readonly Lazy<string> RunFolder = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "test-sites");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    });

    private TestProject(string dir) => Dir = dir;

    public string Dir { get; }

    /// <summary>The repository's own site: its content/, templates/ and site.yml.</summary>
    public static TestProject FromRepository(string name) =>
        Create(name, Repo.Path("site.yml"), Repo.Path("content"));

    /// <summary>A fixture's site.yml and content/ under tests/StaticKb.Tests/, built with the repository's templates.</summary>
    public static TestProject FromFixture(string name, string fixture) =>
        Create(name, Repo.Path("tests", "StaticKb.Tests", fixture, "site.yml"), Repo.Path("tests", "StaticKb.Tests", fixture, "content"));

    private static TestProject Create(string name, string siteYml, string content)
    {
        var dir = Path.Combine(RunFolder.Value, $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        File.Copy(siteYml, Path.Combine(dir, "site.yml"));
        CopyTree(content, Path.Combine(dir, "content"));
        CopyTree(Repo.Path("templates"), Path.Combine(dir, "templates"));
        return new TestProject(dir);
    }

    /// <summary>Copies every file of a folder under tests/StaticKb.Tests/ into the project, replacing what is there.</summary>
    public TestProject Overlay(string fixture)
    {
        CopyTree(Repo.Path("tests", "StaticKb.Tests", fixture), Dir);
        return this;
    }

    /// <summary>
    /// Points site.yml's base_url at where the tests serve the site. (Written into site.yml rather than passed as
    /// BuildOptions.BaseUrl: with the override, site.yml's own base_url key is reported as unknown.)
    /// </summary>
    public void SetBaseUrl(string url)
    {
        var file = Path.Combine(Dir, "site.yml");
        var text = File.ReadAllText(file);
        var pattern = new Regex(@"^base_url:.*$", RegexOptions.Multiline);
        if (!pattern.IsMatch(text)) throw new InvalidOperationException($"{file} has no base_url line");
        File.WriteAllText(file, pattern.Replace(text, $"base_url: {url}", 1));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
