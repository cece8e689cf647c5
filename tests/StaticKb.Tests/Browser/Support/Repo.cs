namespace StaticKb.Tests.Browser.Support;

/// <summary>The checkout the tests run from, found by walking up from the test assembly to StaticKb.sln.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Where CI collects artifacts (.github/workflows/pages.yml uploads TestResults/screenshots).</summary>
    public static string Screenshots => Path("TestResults", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "StaticKb.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no StaticKb.sln above {AppContext.BaseDirectory}: run the tests from a checkout");
    }
}
