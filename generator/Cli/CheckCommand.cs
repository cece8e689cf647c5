using System.CommandLine;
using StaticKb.Build;
using StaticKb.Diagnostics;

namespace StaticKb.Cli;

/// <summary>
/// <c>statickb check</c>: everything the build validates (content, templates, UI strings, links), without writing.
/// Under GitHub Actions the diagnostics are also workflow annotations, so they show on the pull request.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var project = CommonOptions.Project();
        var command = new Command("check", "Validate content, templates and links without writing the site") { project };
        command.SetAction(parse =>
        {
            var result = SiteBuilder.Build(new BuildOptions(parse.GetValue(project)!.FullName, WriteOutput: false, Strict: true));
            DiagnosticPrinter.Print(result.Diagnostics, stdout, CommonOptions.InGitHubActions);
            var errors = result.Diagnostics.Count(d => d.IsError);
            var warnings = result.Diagnostics.Count - errors;
            stdout.WriteLine($"{errors} error(s), {warnings} warning(s)");
            BuildCommand.PrintTranslationSummary(result.TranslationStatuses, stdout);
            return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
