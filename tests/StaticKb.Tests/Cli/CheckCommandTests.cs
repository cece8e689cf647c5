using System.Diagnostics;
using StaticKb.Cli;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Cli;

/// <summary>
/// <c>statickb check</c>: everything the build validates, without writing; one <c>path:line:col: severity: message</c>
/// line per problem, and under GitHub Actions also a <c>::error file=…,line=…,col=…::</c> workflow annotation.
/// </summary>
public class CheckCommandTests
{
    private const string MissingTitle = "content/en/articles/missing-title.md:2:1: error: required key 'title' is missing";
    private const string ImpossibleDate = "content/vi/articles/loi-ngay.md:3:7: error: 'date': '2023-02-29' is not a real date: 2023-02 has 28 days";

    private static (int Exit, string[] Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString().ReplaceLineEndings("\n").Split('\n'), stderr.ToString());
    }

    /// <summary>The statickb program in its own process, so the environment it sees is exactly <paramref name="githubActions"/>.</summary>
    private static (int Exit, string[] Out) RunProgram(string? githubActions, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "statickb.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("GITHUB_ACTIONS");
        if (githubActions is not null) start.Environment["GITHUB_ACTIONS"] = githubActions;
        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        stderrTask.Wait();
        Assert.True(process.WaitForExit(60_000));
        return (process.ExitCode, stdout.ReplaceLineEndings("\n").Split('\n'));
    }

    [Fact]
    public void Check_on_content_with_errors_prints_each_at_its_line_and_column_with_its_hint_and_exits_1()
    {
        using var site = FixtureSite.Copy("minimal").Overlay("invalid/two-bad-files");

        var (exit, stdout, _) = Run("check", "-C", site.Root);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains(MissingTitle, stdout);
        Assert.Contains(ImpossibleDate, stdout);
        Assert.Equal("  hint: add a line 'title: …' to this mapping", stdout[Array.IndexOf(stdout, MissingTitle) + 1]);
        Assert.Contains("2 error(s), 0 warning(s)", stdout);
        Assert.All(stdout.Where(l => l.Contains(": error: ", StringComparison.Ordinal)), l => Assert.Matches(@"^[^:\s]+:\d+:\d+: error: \S", l));
        // Workflow annotations only under GitHub Actions (which this test run may itself be).
        Assert.Equal(Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true", stdout.Any(l => l.StartsWith("::", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Check_never_writes_the_site()
    {
        using var site = FixtureSite.Copy("minimal");

        var (exit, stdout, stderr) = Run("check", "-C", site.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.Contains("0 error(s), 0 warning(s)", stdout);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Check_leaves_an_existing_site_as_it_was()
    {
        using var site = FixtureSite.Copy("minimal");
        Assert.True(site.Build().Succeeded);
        var before = OutputSnapshot.Of(site.OutputDir);
        site.Write("content/vi/articles/xin-chao.md", site.ReadText("content/vi/articles/xin-chao.md").Replace("Bài viết đầu tiên.", "Bài viết đã sửa."));

        Run("check", "-C", site.Root);

        Assert.Equal(before, OutputSnapshot.Of(site.OutputDir));
    }

    [Fact]
    public void Under_github_actions_each_diagnostic_is_also_a_workflow_annotation()
    {
        using var site = FixtureSite.Copy("minimal").Overlay("invalid/two-bad-files");

        var (exit, stdout) = RunProgram("true", "check", "-C", site.Root);

        Assert.Equal(1, exit);
        Assert.Contains(MissingTitle, stdout);
        Assert.Contains("::error file=content/en/articles/missing-title.md,line=2,col=1::required key 'title' is missing", stdout);
        Assert.Contains("::error file=content/vi/articles/loi-ngay.md,line=3,col=7::'date': '2023-02-29' is not a real date: 2023-02 has 28 days", stdout);
        Assert.Equal(2, stdout.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_warning_alone_does_not_fail_check()
    {
        using var site = FixtureSite.Copy("minimal");
        site.Write("content/vi/articles/xin-chao.md", "---\ntitle: Xin chào\ndate: 2024-04-02\ntranslation_key: xin-chao\n---\nMột.\n\nHai.\n");

        var (exit, stdout, _) = Run("check", "-C", site.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains(stdout, l => l.StartsWith("content/en/articles/xin-chao.md:", StringComparison.Ordinal) && l.Contains(": warning: the translation does not line up", StringComparison.Ordinal));
        Assert.Contains("0 error(s), 1 warning(s)", stdout);
    }
}
