using System.CommandLine;
using System.Globalization;
using StaticKb.Build;
using StaticKb.Diagnostics;
using StaticKb.Link;

namespace StaticKb.Cli;

/// <summary><c>statickb build</c>: builds the site into the output folder, or reports why it cannot.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var project = CommonOptions.Project();
        var baseUrl = new Option<string?>("--base-url") { Description = "Public URL of the site, e.g. https://org.github.io/repo/ (overrides site.yml)" };
        var output = new Option<string?>("--output", "-o") { Description = "Folder to write the site to (overrides site.yml; may be outside the project)" };
        var strict = new Option<bool>("--strict") { Description = "Treat broken internal links as errors (CI uses this)" };
        var timings = new Option<bool>("--timings") { Description = "Print the time each stage took" };
        var threads = new Option<int?>("--threads") { Description = "Threads to use (default: every core); the output is the same either way" };
        threads.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--threads must be at least 1"); });
        var command = new Command("build", "Build the static site from content/ and templates/") { project, baseUrl, output, strict, timings, threads };
        command.SetAction(parse =>
        {
            BuildResult result;
            try
            {
                result = SiteBuilder.Build(new BuildOptions(parse.GetValue(project)!.FullName, parse.GetValue(baseUrl), parse.GetValue(output), Strict: parse.GetValue(strict), Threads: parse.GetValue(threads)));
            }
            catch (Exception e) when (WriteFailure(e) is { } failure)
            {
                // A full disk, a folder that cannot be made or read: pages are written as they are rendered, on several threads.
                stderr.WriteLine($"error: {failure.Message}");
                stderr.WriteLine("  hint: check that the project can be read, the output folder written, and the disk has room; a site is published only when its build succeeds");
                return ExitCodes.ContentErrors;
            }
            DiagnosticPrinter.Print(result.Diagnostics, stderr, CommonOptions.InGitHubActions);
            if (!result.Succeeded)
            {
                var errors = result.Diagnostics.Count(d => d.IsError);
                stderr.WriteLine($"build failed: {errors} error(s); the previous site was left as it was");
                return ExitCodes.ContentErrors;
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"built {result.PageCount} pages ({result.TotalBytes / 1024.0:F1} KiB) into {Path.GetRelativePath(Directory.GetCurrentDirectory(), result.OutputDir!)}"));
            // Printed only when the build succeeded, so every index is within site.yml's search_budget_kb.
            foreach (var size in result.IndexSizes ?? [])
                stdout.WriteLine(size.IsSharded
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"search index {size.Language}: {size.IndexBytes / 1024.0:F1} KiB in {size.Shards} shards{(size.Blocks > 0 ? $" and {size.Blocks} blocks of common words" : "")} (largest {size.LargestShardBytes / 1024.0:F1} KiB), results list {size.DocsBytes / 1024.0:F1} KiB in {size.DocParts} parts; a first query fetches the manifest ({size.FirstGzipBytes / 1024.0:F1} KiB gzip) and what it needs, within search_budget_kb")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"search index {size.Language}: {size.IndexBytes / 1024.0:F1} KiB, results list {size.DocsBytes / 1024.0:F1} KiB; a first query fetches both ({size.FirstGzipBytes / 1024.0:F1} KiB gzip), within search_budget_kb"));
            PrintTranslationSummary(result.TranslationStatuses, stdout);
            if (parse.GetValue(timings))
            {
                stdout.WriteLine("stages: " + string.Join(", ", result.StageTimes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Ms:F0} ms"))));
                // What the stages' times include of garbage collection: the runtime's own counts for this process.
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"memory: {GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * 1024):F1} GiB allocated, {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Exception? WriteFailure(Exception e) => e switch
    {
        AggregateException all => all.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException),
        IOException or UnauthorizedAccessException => e,
        _ => null,
    };

    public static void PrintTranslationSummary(IReadOnlyList<TranslationStatus> statuses, TextWriter stdout)
    {
        var missing = statuses.Where(s => s.State == TranslationState.Missing).ToList();
        var stale = statuses.Where(s => s.State == TranslationState.Stale).ToList();
        stdout.WriteLine($"translations: {statuses.Count(s => s.State == TranslationState.Current)} current, {stale.Count} stale, {missing.Count} missing");
        foreach (var s in stale) stdout.WriteLine($"  stale:   {s.TranslationPath} (its source {s.SourcePath} changed since it was translated)");
        foreach (var s in missing) stdout.WriteLine($"  missing: {s.SourcePath} has no translation");
    }
}
