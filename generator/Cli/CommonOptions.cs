using System.CommandLine;

namespace StaticKb.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Project() => new("--project", "-C")
    {
        Description = "The project folder (holding site.yml, content/ and templates/)",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    /// <summary>GitHub Actions shows <c>::error file=…</c> lines as annotations on the pull request.</summary>
    public static bool InGitHubActions => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
}
