using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using StaticKb.Build;

namespace StaticKb.Bench;

/// <summary>
/// <c>statickb bench build</c>: for each corpus size, generates the synthetic project (<see cref="BenchCorpus"/>),
/// builds it several times with <c>statickb build</c> in a fresh process (start-up included), and with
/// <c>--hugo</c> builds the same content with Hugo in the same run; prints median wall time, pages per second, peak
/// RSS, output and search index sizes and the ratios, how long the disk takes to write each tool's files with nothing
/// else done (<see cref="WriteFloor"/>), then the time of a rebuild after editing one article (the serve path, with its
/// cache). Writes the figures as JSON too. Targets (issue 10): 10k pairs ≤ 0.5 × Hugo's
/// time and ≤ 1 GB; 1k pairs ≤ 1.0 s; one-article rebuild at 10k ≤ 50 ms; time linear in the article count.
/// </summary>
public static class BuildBenchmark
{
    public sealed record Options(IReadOnlyList<int> Sizes, int Runs, bool Hugo, string JsonPath, int Edits = 5);

    private sealed record Side(string Tool, double MedianWallSeconds, double MinWallSeconds, double MedianCpuSeconds, long PeakRssKb, int Pages, long OutputBytes,
        long SearchRawBytes, long SearchGzipBytes, IReadOnlyList<double> Walls)
    {
        public double PagesPerSecond => Pages / MedianWallSeconds;
    }

    public static int Run(TextWriter output, Options options)
    {
        var repo = Index.NodeScripts.RepoRoot();
        Index.NodeScripts.EnsureNodeModules(repo);
        if (options.Hugo && HugoVersion() is null)
        {
            output.WriteLine("hugo is not installed: apt-get install -y hugo (Debian's 0.111), or run without --hugo");
            return 2;
        }
        output.WriteLine($"Machine: {Environment.ProcessorCount} CPU(s), {TotalMemoryGb():F0} GB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; " +
                         $"load average {BenchFigures.LoadAverage()}; {(options.Hugo ? HugoVersion() : "Hugo not measured")}");
        var results = new List<object>();
        var failed = false;
        foreach (var pairs in options.Sizes)
        {
            var work = Directory.CreateTempSubdirectory("statickb-bench-build-");
            try
            {
                var project = Path.Combine(work.FullName, "project");
                var clock = Stopwatch.StartNew();
                BenchCorpus.Create(repo, project, pairs);
                output.WriteLine();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"== {pairs} article pairs ({ContentMegabytes(project):F1} MB of Markdown, generated in {clock.Elapsed.TotalSeconds:F1} s), {options.Runs} runs each"));

                string? hugoProject = null;
                if (options.Hugo)
                {
                    hugoProject = Path.Combine(work.FullName, "hugo");
                    HugoProject.Create(repo, project, hugoProject);
                }
                var (siteDir, hugoSiteDir) = (Path.Combine(work.FullName, "site"), Path.Combine(work.FullName, "hugo-site"));
                var measured = MeasureInTurns(project, siteDir, hugoProject, hugoSiteDir, options.Runs, output);
                if (measured is not { } m)
                {
                    failed = true;
                    continue;
                }
                var (ours, hugo, pairedRatio) = m;
                var (first, rebuild, searchAfter) = options.Edits > 0 ? MeasureRebuild(project, pairs, options.Edits) : ([], [], []);
                // The disk's share: each tool's last site written again with nothing else done (WriteFloor), after the
                // rebuilds, which the copies' writing would otherwise slow.
                var oursFloor = MeasureFloor(siteDir, Path.Combine(work.FullName, "site-copy"), output);
                var hugoFloor = hugo is null ? null : MeasureFloor(hugoSiteDir, Path.Combine(work.FullName, "hugo-site-copy"), output);

                output.WriteLine();
                output.WriteLine("tool     | median wall | min wall | median CPU | pages  | pages/s | peak RSS  | output    | search index (raw / gzip)");
                output.WriteLine("---------|-------------|----------|------------|--------|---------|-----------|-----------|--------------------------");
                foreach (var side in new[] { ours, hugo }.OfType<Side>())
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{side.Tool,-8} | {side.MedianWallSeconds,9:F2} s | {side.MinWallSeconds,6:F2} s | {side.MedianCpuSeconds,8:F2} s | {side.Pages,6} | {side.PagesPerSecond,7:F0} | {side.PeakRssKb / 1024.0,6:F0} MiB | {side.OutputBytes / 1048576.0,5:F1} MiB | {(side.SearchRawBytes == 0 ? "-" : $"{side.SearchRawBytes / 1048576.0:F1} / {side.SearchGzipBytes / 1048576.0:F1} MiB")}"));
                if (hugo is not null)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"statickb / hugo: wall {ours.MedianWallSeconds / hugo.MedianWallSeconds:F2}× (target at 10k ≤ 0.5×; median of the runs side by side {pairedRatio:F2}×), CPU {ours.MedianCpuSeconds / hugo.MedianCpuSeconds:F2}×, peak RSS {(double)ours.PeakRssKb / hugo.PeakRssKb:F2}×"));
                if (oursFloor is not null)
                {
                    var floorLine = string.Create(CultureInfo.InvariantCulture,
                        $"writing the files alone (read first, nothing built; a floor under any build of them on this disk): statickb's {oursFloor.Files} files ({oursFloor.Bytes / 1048576.0:F1} MiB) {oursFloor.Seconds:F2} s ({oursFloor.CpuSeconds:F2} s CPU), {100 * oursFloor.Seconds / ours.MedianWallSeconds:F0} % of its median wall");
                    if (hugo is not null && hugoFloor is not null)
                        floorLine += string.Create(CultureInfo.InvariantCulture,
                            $", {oursFloor.Seconds / hugo.MedianWallSeconds:F2}× Hugo's; Hugo's {hugoFloor.Files} files ({hugoFloor.Bytes / 1048576.0:F1} MiB) {hugoFloor.Seconds:F2} s ({hugoFloor.CpuSeconds:F2} s CPU)");
                    output.WriteLine(floorLine);
                }
                if (rebuild.Count > 0)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rebuild after editing one article (serve's cached build, in process, {rebuild.Count} edits): the article's own pages ready in median {BenchFigures.Median(first):F0} ms (max {first.Max():F0} ms), every page in median {BenchFigures.Median(rebuild):F0} ms (max {rebuild.Max():F0} ms; target at 10k ≤ 50 ms), link check and search index {BenchFigures.Median(searchAfter):F0} ms after"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"per 1,000 pairs: {ours.MedianWallSeconds * 1000 / pairs:F2} s wall, {ours.MedianCpuSeconds * 1000 / pairs:F2} s CPU (a linear build keeps these the same at every size); steal/load: {BenchFigures.LoadAverage()}"));

                results.Add(new
                {
                    pairs,
                    runs = options.Runs,
                    statickb = Json(ours),
                    hugo = hugo is null ? null : Json(hugo),
                    wall_ratio = hugo is null ? (double?)null : Math.Round(ours.MedianWallSeconds / hugo.MedianWallSeconds, 3),
                    paired_wall_ratio = pairedRatio is { } paired ? Math.Round(paired, 3) : (double?)null,
                    rss_ratio = hugo is null ? (double?)null : Math.Round((double)ours.PeakRssKb / hugo.PeakRssKb, 3),
                    write_floor = new { statickb = oursFloor is null ? null : Json(oursFloor), hugo = hugoFloor is null ? null : Json(hugoFloor) },
                    rebuild_first_pages_ms = first.Count == 0 ? null : new { median = Math.Round(BenchFigures.Median(first), 1), max = Math.Round(first.Max(), 1) },
                    rebuild_one_article_ms = rebuild.Count == 0 ? null : new { median = Math.Round(BenchFigures.Median(rebuild), 1), max = Math.Round(rebuild.Max(), 1), all = rebuild.Select(r => Math.Round(r, 1)) },
                    search_index_after_rebuild_ms = searchAfter.Count == 0 ? (double?)null : Math.Round(BenchFigures.Median(searchAfter), 1),
                });
            }
            finally
            {
                try
                {
                    work.Delete(recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }

        var json = JsonSerializer.Serialize(new
        {
            machine = new { cpus = Environment.ProcessorCount, memory_gb = Math.Round(TotalMemoryGb(), 1), os = System.Runtime.InteropServices.RuntimeInformation.OSDescription, load_average = BenchFigures.LoadAverage() },
            hugo_version = options.Hugo ? HugoVersion() : null,
            corpus = new { seed = BenchCorpus.DefaultSeed, words_per_article = BenchCorpus.DefaultWords },
            sizes = results,
        }, new JsonSerializerOptions { WriteIndented = true });
        var jsonPath = Path.GetFullPath(options.JsonPath);
        Directory.CreateDirectory(Path.GetDirectoryName(jsonPath)!);
        File.WriteAllText(jsonPath, json + "\n");
        output.WriteLine();
        output.WriteLine($"Figures written to {jsonPath}");
        return failed ? 1 : 0;
    }

    private static object Json(Side s) => new
    {
        median_wall_s = Math.Round(s.MedianWallSeconds, 3),
        min_wall_s = Math.Round(s.MinWallSeconds, 3),
        median_cpu_s = Math.Round(s.MedianCpuSeconds, 3),
        walls_s = s.Walls,
        pages = s.Pages,
        pages_per_s = Math.Round(s.PagesPerSecond, 1),
        peak_rss_mib = Math.Round(s.PeakRssKb / 1024.0, 1),
        output_mib = Math.Round(s.OutputBytes / 1048576.0, 2),
        search_index_raw_mib = Math.Round(s.SearchRawBytes / 1048576.0, 2),
        search_index_gzip_mib = Math.Round(s.SearchGzipBytes / 1048576.0, 2),
    };

    /// <summary>The write floor, or null (said) when the disk cannot take a second copy: the builds' figures still count.</summary>
    private static WriteFloor.Result? MeasureFloor(string siteDir, string copyDir, TextWriter output)
    {
        try
        {
            return WriteFloor.Measure(siteDir, copyDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"writing the files alone: not measured ({e.Message})");
            return null;
        }
    }

    private static object Json(WriteFloor.Result f) => new { files = f.Files, mib = Math.Round(f.Bytes / 1048576.0, 2), seconds = Math.Round(f.Seconds, 3), cpu_seconds = Math.Round(f.CpuSeconds, 3) };

    /// <summary>
    /// Builds with statickb and, when <paramref name="hugoProject"/> is given, with Hugo, taking turns (statickb, Hugo,
    /// statickb, …): on a shared machine whose load drifts, runs next to each other meet about the same load, so each
    /// pair's ratio is fairer than a ratio of medians taken minutes apart.
    /// </summary>
    /// <returns>Both sides (Hugo's null when not measured), or null when a build failed.</returns>
    private static (Side Ours, Side? Hugo, double? PairedWallRatio)? MeasureInTurns(string project, string siteDir, string? hugoProject, string hugoSiteDir,
        int runs, TextWriter output)
    {
        var (program, prefix) = SelfCommand();
        var ours = new Runs("statickb");
        var hugo = hugoProject is null ? null : new Runs("hugo");
        for (var run = 0; run < runs; run++)
        {
            if (Directory.Exists(siteDir)) Directory.Delete(siteDir, recursive: true);
            var r = MeasuredRun.Run(program, prefix.Concat(["build", "--project", project, "--output", siteDir]), project);
            if (r.ExitCode != 0)
            {
                output.WriteLine($"statickb build failed (exit {r.ExitCode}):\n{Tail(r.Stderr)}");
                return null;
            }
            ours.Add(r, run, output);
            if (hugo is null) continue;
            if (Directory.Exists(hugoSiteDir)) Directory.Delete(hugoSiteDir, recursive: true);
            var h = MeasuredRun.Run("hugo", ["--source", hugoProject!, "--destination", hugoSiteDir, "--quiet"], hugoProject!);
            if (h.ExitCode != 0)
            {
                output.WriteLine($"hugo failed (exit {h.ExitCode}):\n{Tail(h.Stderr + h.Stdout)}");
                return null;
            }
            hugo.Add(h, run, output);
        }
        var (raw, gzip) = SearchIndexBytes(siteDir);
        var oursSide = ours.Side(CountHtml(siteDir), FolderBytes(siteDir), raw, gzip);
        var hugoSide = hugo?.Side(CountHtml(hugoSiteDir), FolderBytes(hugoSiteDir), 0, 0);
        double? paired = hugo is null ? null : BenchFigures.Median(ours.Walls.Zip(hugo.Walls, (a, b) => a / b).ToList());
        return (oursSide, hugoSide, paired);
    }

    /// <summary>One tool's runs: wall and CPU times, and the highest peak RSS.</summary>
    private sealed class Runs(string tool)
    {
        public List<double> Walls { get; } = [];
        private readonly List<double> _cpu = [];
        private long _peak;

        public void Add(MeasuredRun r, int run, TextWriter output)
        {
            Walls.Add(r.WallSeconds);
            _cpu.Add(r.CpuSeconds);
            _peak = Math.Max(_peak, r.PeakRssKb);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {tool} run {run + 1}: {r.WallSeconds:F2} s wall, {r.CpuSeconds:F2} s CPU, {r.PeakRssKb / 1024.0:F0} MiB"));
        }

        public Side Side(int pages, long outputBytes, long searchRaw, long searchGzip) =>
            new(tool, BenchFigures.Median(Walls), Walls.Min(), BenchFigures.Median(_cpu), _peak, pages, outputBytes, searchRaw, searchGzip, Walls);
    }

    /// <summary>
    /// What <c>statickb serve</c> does after a save, without the file watcher: a build with the cache of the previous
    /// one (told of the changed file, collections held back), after rewriting one Vietnamese article, to the moment
    /// the article's own pages are ready (serve reloads them then), to the moment every page is (serve reloads the
    /// others that changed), and then the link check and search files it makes right after. Measured in this process.
    /// </summary>
    private static (List<double> First, List<double> Pages, List<double> Search) MeasureRebuild(string project, int pairs, int edits)
    {
        var clock = new Stopwatch();
        var firstAt = 0.0;
        var cache = new BuildCache { ChangesReported = true };
        var options = new BuildOptions(project, OutputDir: Path.Combine(project, "_rebuild"), WriteOutput: false, FingerprintSearchFiles: false,
            DeferSearchIndex: true, DeferLinkCheck: true) { PagesFirst = _ => firstAt = clock.Elapsed.TotalMilliseconds };
        SiteBuilder.Build(options, cache).PendingLinkCheck?.Invoke();
        cache.Prepare(); // as statickb serve does while it waits for the first change
        var quietHeap = new Serve.QuietHeap();
        var entities = BenchCorpus.Entities(project);
        var (first, pages, search) = (new List<double>(), new List<double>(), new List<double>());
        for (var edit = 0; edit < edits; edit++)
        {
            var i = (edit * 7919 + 13) % pairs;
            quietHeap.Begin();
            File.WriteAllText(BenchCorpus.ArticlePath(project, "vi", i), BenchCorpus.ArticleText("vi", i, entities, revision: edit + 1), new UTF8Encoding(false));
            cache.Invalidate([Path.GetRelativePath(project, BenchCorpus.ArticlePath(project, "vi", i)).Replace('\\', '/')]);
            clock.Restart();
            firstAt = double.NaN;
            var result = SiteBuilder.Build(options, cache);
            pages.Add(clock.Elapsed.TotalMilliseconds);
            first.Add(double.IsNaN(firstAt) ? pages[^1] : firstAt);
            quietHeap.End();
            if (!result.Succeeded) throw new InvalidOperationException("a rebuild failed: " + result.Diagnostics.FirstOrDefault(d => d.IsError));
            clock.Restart();
            result.PendingLinkCheck?.Invoke();
            result.PendingSearchFiles?.Invoke();
            search.Add(clock.Elapsed.TotalMilliseconds);
        }
        return (first, pages, search);
    }

    /// <summary>How to start this same statickb: its app host, or <c>dotnet statickb.dll</c> (from <c>dotnet run</c> or a test host).</summary>
    private static (string Program, string[] Prefix) SelfCommand()
    {
        var host = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(host) == "statickb") return (host, []);
        var dotnet = Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return (dotnet, [typeof(BuildBenchmark).Assembly.Location]);
    }

    private static (long Raw, long Gzip) SearchIndexBytes(string siteDir)
    {
        long raw = 0, gzip = 0;
        // A sharded index's files are in folders named search-… too (SearchShards.ShardFileName).
        var assets = Path.Combine(siteDir, "assets");
        var files = Directory.EnumerateFiles(assets, "search-*.json")
            .Concat(Directory.EnumerateDirectories(assets, "search-*").SelectMany(d => Directory.EnumerateFiles(d, "*.json", SearchOption.AllDirectories)));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            raw += bytes.Length;
            using var buffer = new MemoryStream();
            using (var z = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) z.Write(bytes);
            gzip += buffer.Length;
        }
        return (raw, gzip);
    }

    private static int CountHtml(string dir) => Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories).Count();

    private static long FolderBytes(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static double ContentMegabytes(string project) => FolderBytes(Path.Combine(project, "content")) / 1048576.0;

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(20));

    private static string? HugoVersion()
    {
        try
        {
            var r = MeasuredRun.Run("hugo", ["version"], Directory.GetCurrentDirectory());
            return r.ExitCode == 0 ? r.Stdout.Trim() : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }

    private static double TotalMemoryGb() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;
}
