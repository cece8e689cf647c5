using System.CommandLine;
using StaticKb.Bench;
using StaticKb.Index;
using StaticKb.Serve;

namespace StaticKb.Cli;

/// <summary>
/// <c>statickb bench search</c>: index build time and size against lunr.js's own builder on a generated corpus, and
/// what a query fetches from its shards (with <c>--browser</c>, measured in Chromium too).
/// <c>statickb bench serve</c>: time from saving one article to the reload event, on a generated project.
/// <c>statickb bench corpus</c>: writes the generated project. <c>statickb bench build</c>: full builds beside Hugo.
/// </summary>
public static class BenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var pairs = new Option<int>("--pairs") { Description = "Article pairs in the generated corpus", DefaultValueFactory = _ => 1000 };
        var inBrowser = new Option<bool>("--browser") { Description = "Also ask the queries in Chromium (/usr/bin/chromium) and print the bytes it fetched beside the whole index" };
        var headPages = new Option<int>("--head-pages") { Description = "Pages a common word keeps in its shard (site.yml: search_head_pages), to try a value before setting it", DefaultValueFactory = _ => SearchSharding.DefaultHeadPages };
        var keep = new Option<DirectoryInfo>("--keep") { Description = "Keep the search pages over the shards (site-vi/, site-en/) in this new folder, to serve or profile them" };
        var search = new Command("search", "Benchmark the search index builder against lunr.js, and its shards (needs node and npm)") { pairs, inBrowser, headPages, keep };
        search.SetAction(parse =>
        {
            if (parse.GetValue(headPages) < 2)
            {
                stderr.WriteLine("error: --head-pages expects at least 2 pages, as site.yml's search_head_pages does");
                return ExitCodes.Usage;
            }
            var kept = parse.GetValue(keep);
            if (kept is { Exists: true } && kept.EnumerateFileSystemInfos().Any())
            {
                stderr.WriteLine($"error: {kept.FullName} is not empty; choose a new folder, so that nothing of yours is overwritten");
                return ExitCodes.Usage;
            }
            return SearchBenchmark.Run(stdout, parse.GetValue(pairs), parse.GetValue(inBrowser), parse.GetValue(headPages), kept?.FullName);
        });
        var servePairs = new Option<int>("--pairs") { Description = "Article pairs in the generated project", DefaultValueFactory = _ => 1000 };
        var serve = new Command("serve", "Benchmark statickb serve: time from saving one article to the reload event") { servePairs };
        serve.SetAction(parse => ServeBenchmark.Run(stdout, parse.GetValue(servePairs)));
        var articles = new Option<int>("--articles") { Description = "Article pairs to generate", DefaultValueFactory = _ => 1000 };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder to write the project into", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the generator (the same seed gives the same files)", DefaultValueFactory = _ => BenchCorpus.DefaultSeed };
        var corpus = new Command("corpus", "Generate a synthetic bilingual project (~1,000-word article pairs) to build or benchmark") { articles, output, seed };
        corpus.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            if (target.Exists && target.EnumerateFileSystemInfos().Any())
            {
                stderr.WriteLine($"error: {target.FullName} is not empty; choose a new folder, so that nothing of yours is overwritten");
                return ExitCodes.Usage;
            }
            BenchCorpus.Create(NodeScripts.RepoRoot(), target.FullName, parse.GetValue(articles), seed: parse.GetValue(seed));
            stdout.WriteLine($"Wrote {parse.GetValue(articles)} article pairs to {target.FullName}; build it with: statickb build -C {target.FullName}");
            return ExitCodes.Success;
        });
        var sizes = new Option<string>("--articles") { Description = "Article pairs per corpus, comma-separated (e.g. 1000,5000,10000)", DefaultValueFactory = _ => "1000" };
        var runs = new Option<int>("--runs") { Description = "Builds per tool and size (the median is reported)", DefaultValueFactory = _ => 3 };
        var hugo = new Option<bool>("--hugo") { Description = "Also build the same corpus with Hugo (apt-get install -y hugo) and print the ratios" };
        var json = new Option<string>("--json") { Description = "Where to write the figures as JSON", DefaultValueFactory = _ => "artifacts/bench/build.json" };
        var edits = new Option<int>("--edits") { Description = "One-article rebuilds to time per size (0 skips them)", DefaultValueFactory = _ => 5 };
        var build = new Command("build", "Benchmark full builds (wall time, pages/s, peak RSS, sizes) on generated corpora, optionally beside Hugo") { sizes, runs, hugo, json, edits };
        build.SetAction(parse =>
        {
            var list = new List<int>();
            foreach (var part in parse.GetValue(sizes)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, out var n) || n < 1)
                {
                    stderr.WriteLine($"error: --articles expects positive numbers separated by commas, not '{part}'");
                    return ExitCodes.Usage;
                }
                list.Add(n);
            }
            return BuildBenchmark.Run(stdout, new BuildBenchmark.Options(list, Math.Max(1, parse.GetValue(runs)), parse.GetValue(hugo), parse.GetValue(json)!, Math.Max(0, parse.GetValue(edits))));
        });
        return new Command("bench", "Benchmarks that print figures") { search, serve, corpus, build };
    }
}
