namespace StaticKb.Tests.Support;

/// <summary>Where the repository's own files are: found by walking up from the test binaries to the folder holding StaticKb.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The real templates/ of the site; fixture sites without their own templates use these.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    public static string TestProject => Path.Combine(Root, "tests", "StaticKb.Tests");

    /// <summary>Fixture sites are read from the source tree, so a deleted fixture file never lingers in bin/.</summary>
    public static string FixtureSites => Path.Combine(TestProject, "Fixtures", "sites");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticKb.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no StaticKb.sln above {AppContext.BaseDirectory}");
    }
}
