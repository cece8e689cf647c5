using System.CommandLine;
using StaticKb.Diagnostics;
using StaticKb.Import;

namespace StaticKb.Cli;

/// <summary>
/// <c>statickb import seeds/*.txt</c>: raw article text → annotated Markdown under content/vi/articles/.
/// Never overwrites a file an editor changed; prints what it found and what needs an editor.
/// </summary>
public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var project = CommonOptions.Project();
        var seeds = new Argument<string[]>("seeds") { Description = "Seed text files (e.g. seeds/*.txt)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the import report as JSON to this file" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be written without writing" };
        var command = new Command("import", "Import raw article text into annotated Markdown in content/vi/articles/") { project, seeds, json, dryRun };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(project)!.FullName;
            var diagnostics = new DiagnosticBag();
            var registry = RegistryFromContent.Load(root, diagnostics);
            // Problems in existing content do not stop an import; they are the build's to report.
            var paths = parse.GetValue(seeds)!
                .Select(s => Path.GetRelativePath(root, Path.GetFullPath(s)).Replace('\\', '/'))
                .ToList();
            var result = Importer.Run(new ImportOptions(root, paths, registry, parse.GetValue(dryRun)));
            result.WriteTable(stdout);
            DiagnosticPrinter.Print(result.Diagnostics, stderr, CommonOptions.InGitHubActions);
            if (parse.GetValue(json) is { } file) File.WriteAllText(file.FullName, result.ToJson());
            return result.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
