using System.CommandLine;
using StaticKb.Index;
using StaticKb.Serve;

namespace StaticKb.Cli;

/// <summary>
/// <c>statickb bench search</c>: index build time and size against lunr.js's own builder on a generated corpus.
/// <c>statickb bench serve</c>: time from saving one article to the reload event, on a generated project.
/// </summary>
public static class BenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var pairs = new Option<int>("--pairs") { Description = "Article pairs in the generated corpus", DefaultValueFactory = _ => 1000 };
        var search = new Command("search", "Benchmark the search index builder against lunr.js (needs node and npm)") { pairs };
        search.SetAction(parse => SearchBenchmark.Run(stdout, parse.GetValue(pairs)));
        var servePairs = new Option<int>("--pairs") { Description = "Article pairs in the generated project", DefaultValueFactory = _ => 1000 };
        var serve = new Command("serve", "Benchmark statickb serve: time from saving one article to the reload event") { servePairs };
        serve.SetAction(parse => ServeBenchmark.Run(stdout, parse.GetValue(servePairs)));
        return new Command("bench", "Benchmarks that print figures") { search, serve };
    }
}
