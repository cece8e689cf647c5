using System.Diagnostics;
using StaticKb.Cli;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Cli;

/// <summary><c>statickb</c> on the command line: exit 0 when built, 1 for content errors (on stderr), 2 for a wrong command line.</summary>
public class CliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_on_a_good_site_exits_0_and_says_what_it_built()
    {
        using var site = FixtureSite.Copy("bilingual");

        var (exit, stdout, stderr) = Run("build", "--project", site.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.Matches(@"^built \d+ pages \(\d+\.\d KiB\) into ", stdout);
        Assert.Contains("translations: 0 current, 4 stale, 2 missing", stdout);
        Assert.Contains("  missing: content/vi/articles/xuat-khau-thang-7.md has no translation", stdout);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "vi", "index.html")));
    }

    [Fact]
    public void Build_on_bad_content_exits_1_with_every_diagnostic_on_stderr()
    {
        using var site = FixtureSite.Copy("minimal").Overlay("invalid/two-bad-files");

        var (exit, stdout, stderr) = Run("build", "-C", site.Root);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal("", stdout);
        var lines = stderr.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("content/en/articles/missing-title.md:2:1: error: required key 'title' is missing", lines);
        Assert.Contains("  hint: add a line 'title: …' to this mapping", lines);
        Assert.Contains("content/vi/articles/loi-ngay.md:3:7: error: 'date': '2023-02-29' is not a real date: 2023-02 has 28 days", lines);
        Assert.Contains("build failed: 2 error(s); the previous site was left as it was", lines);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Diagnostic_lines_have_the_compiler_format_editors_understand()
    {
        using var site = FixtureSite.Copy("minimal").Overlay("invalid/wrong-types");

        var (_, _, stderr) = Run("build", "-C", site.Root);

        var diagnostics = stderr.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains(": error: ")).ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, l => Assert.Matches(@"^[^:\s]+:\d+:\d+: error: \S.*$", l));
    }

    [Fact]
    public void Build_with_output_writes_where_it_is_told()
    {
        using var site = FixtureSite.Copy("minimal");
        var elsewhere = site.Outside("public");

        var (exit, _, stderr) = Run("build", "-C", site.Root, "--output", elsewhere);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", stderr);
        Assert.True(File.Exists(Path.Combine(elsewhere, "en", "articles", "xin-chao", "index.html")));
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public void Build_into_a_folder_that_cannot_be_made_exits_1_with_an_error_not_a_stack_trace()
    {
        using var site = FixtureSite.Copy("minimal");
        var blocker = site.Outside("blocker");
        File.WriteAllText(blocker, "a file where the output's parent folder should be");

        var (exit, stdout, stderr) = Run("build", "-C", site.Root, "--output", Path.Combine(blocker, "public"));

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: ", stderr);
        Assert.Contains("blocker", stderr);
        Assert.Contains("  hint: check that the project can be read, the output folder written, and the disk has room; a site is published only when its build succeeds", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("build", "--nope")]
    [InlineData("biuld")]
    [InlineData("build", "--base-url")]
    [InlineData]
    public void A_wrong_command_line_exits_2_and_points_to_help(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("statickb: ", stderr);
        Assert.Contains("Try 'statickb --help'.", stderr);
    }

    [Fact]
    public void Bench_search_refuses_a_head_below_two_pages_or_a_kept_folder_that_is_not_empty_before_any_work()
    {
        var (exit, stdout, stderr) = Run("bench", "search", "--pairs", "1", "--head-pages", "1");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", stdout); // nothing generated
        Assert.Contains("--head-pages expects at least 2 pages", stderr);

        var kept = Directory.CreateTempSubdirectory("statickb-kept-");
        try
        {
            File.WriteAllText(Path.Combine(kept.FullName, "notes.txt"), "an editor's file");
            (exit, stdout, stderr) = Run("bench", "search", "--pairs", "1", "--keep", kept.FullName);
            Assert.Equal(ExitCodes.Usage, exit);
            Assert.Equal("", stdout);
            Assert.Contains($"{kept.FullName} is not empty", stderr);
            Assert.Equal(["notes.txt"], kept.EnumerateFileSystemInfos().Select(f => f.Name));
        }
        finally
        {
            kept.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_unknown_option_is_named_in_the_error()
    {
        var (_, _, stderr) = Run("build", "--nope");

        Assert.Contains("statickb: Unrecognized command or argument '--nope'.", stderr);
    }

    [Fact]
    public void Help_exits_0_and_lists_the_build_command()
    {
        var (exit, stdout, _) = Run("--help");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"(?m)^\s+build\s+Build the static site", stdout);
    }

    [Fact]
    public void Build_help_lists_its_options()
    {
        var (exit, stdout, _) = Run("build", "--help");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--base-url", stdout);
        Assert.Contains("--output", stdout);
        Assert.Contains("--project", stdout);
    }

    [Fact]
    public void The_statickb_program_returns_the_exit_code_to_the_shell()
    {
        using var site = FixtureSite.Copy("minimal").Overlay("invalid/impossible-date");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "statickb.dll"), "build", "-C", site.Root },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("content/vi/articles/ngay-khong-co.md:3:7: error: 'date': '2024-02-30' is not a real date: 2024-02 has 29 days", stderr);
    }
}
