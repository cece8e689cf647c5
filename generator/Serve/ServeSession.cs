using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using StaticKb.Build;
using StaticKb.Config;
using StaticKb.Diagnostics;
using StaticKb.Publish;

namespace StaticKb.Serve;

/// <summary>
/// One run of <c>statickb serve</c>: builds the project once, serves it (<see cref="DevServer"/>), then rebuilds after
/// every batch of changes the <see cref="ContentWatcher"/> reports and tells the open pages (<see cref="LiveReload"/>).
/// Builds run one at a time on a background task; a change during a build goes into the next one. Work on
/// unchanged inputs is kept between builds (<see cref="BuildCache"/>), and only the files whose bytes changed are
/// written (<see cref="ServeOutput"/>). A failed build publishes nothing: the last good site stays served and
/// the pages show the errors.
/// </summary>
public sealed class ServeSession : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly string _root;
    private readonly TextWriter _log;
    private readonly TextWriter _errors;
    // The watcher names every change (and the cache is cleared when it lost events), so unchanged files are not looked at.
    private readonly BuildCache _cache = new() { ChangesReported = true };
    private readonly LiveReload _live = new();
    private readonly QuietHeap _quietHeap = new();
    private readonly ServeOutput _output;
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private DevServer? _server;
    private ContentWatcher? _watcher;
    private Task? _loop;
    private int _build;
    private bool _lastFailed;
    private string _defaultLanguage = "vi";

    private ServeSession(ServeOptions options, TextWriter log, TextWriter errors)
    {
        _options = options;
        _root = Path.GetFullPath(options.ProjectRoot);
        _log = log;
        _errors = errors;
        _output = new ServeOutput(Path.Combine(_root, options.OutputFolder), options.OutputFolder);
    }

    /// <summary>The site's home as the browser opens it, e.g. <c>http://127.0.0.1:1313/</c>.</summary>
    public Uri SiteUri { get; private set; } = null!;

    public int Port { get; private set; }

    /// <summary>How long file events must stop before a rebuild starts.</summary>
    public TimeSpan Debounce => _options.DebounceOrDefault;

    public string OutputDirectory => _output.Directory;

    /// <summary>Completes when the first build is over, whether it succeeded or not.</summary>
    public Task FirstBuild => _firstBuild.Task;

    /// <summary>Raised on the build task after every build, once its event went to the pages.</summary>
    public event Action<RebuildReport>? Rebuilt;

    /// <summary>
    /// Raised after a build's search files were made and published (milliseconds it took, and whether it worked).
    /// A rebuild shows the edited pages first and brings the search index up to date right after.
    /// </summary>
    public event Action<double, bool>? SearchUpdated;

    /// <summary>Raised after a build's links were checked (after its pages went out), with the broken links found.</summary>
    public event Action<IReadOnlyList<Diagnostic>>? LinksChecked;

    /// <summary>Starts serving; throws <see cref="ServeException"/> when the output folder is not ours or the port is taken.</summary>
    /// <param name="log">Progress: one line per build.</param>
    /// <param name="errors">Diagnostics and failed builds.</param>
    /// <param name="onBuild">Subscribed to <see cref="Rebuilt"/> before the first build starts, so no report is missed.</param>
    public static async Task<ServeSession> StartAsync(ServeOptions options, TextWriter log, TextWriter errors,
        Action<RebuildReport>? onBuild = null, CancellationToken cancellationToken = default)
    {
        if (!options.BasePath.StartsWith('/') || !options.BasePath.EndsWith('/'))
            throw new ArgumentException("the base path starts and ends with '/'", nameof(options));
        var session = new ServeSession(options, log, errors);
        if (onBuild is not null) session.Rebuilt += onBuild;
        var prepare = new DiagnosticBag();
        if (!session._output.Prepare(prepare)) throw new ServeException(prepare.Sorted());
        session._server = new DevServer(session._output, session._live, options.BasePath, () => session._defaultLanguage, session._firstBuild.Task);
        try
        {
            session.Port = await session._server.StartAsync(options.Port, cancellationToken);
        }
        catch (IOException e)
        {
            await session._server.DisposeAsync();
            throw new ServeException([new Diagnostic(Severity.Error, SourceLocation.File("--port"),
                $"cannot listen on 127.0.0.1:{options.Port}: {e.Message}", "another server may be using the port; choose another with --port")]);
        }
        session.SiteUri = new Uri($"http://127.0.0.1:{session.Port}{options.BasePath}");
        // Watch before the first build, so an edit made while it runs is not lost.
        session._watcher = new ContentWatcher(session._root, options.DebounceOrDefault);
        session._loop = Task.Run(session.RunAsync, CancellationToken.None);
        return session;
    }

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled (Ctrl+C).</summary>
    public async Task RunUntilCancelledAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _watcher?.Dispose();
        if (_loop is not null) await _loop;
        _quietHeap.End();
        if (_server is not null) await _server.DisposeAsync();
        _stop.Dispose();
    }

    /// <summary>
    /// How long the reloaded pages have the machine to themselves before the links are checked and the search index,
    /// which keeps every core busy for seconds on a large site, is brought up to date. A change in that time skips
    /// both: the next build's pages are checked and indexed instead.
    /// </summary>
    private static readonly TimeSpan SearchHeadStart = TimeSpan.FromMilliseconds(250);

    private async Task RunAsync()
    {
        Action? updateSearch;
        try
        {
            updateSearch = Rebuild(null, Stopwatch.GetTimestamp());
        }
        finally
        {
            _firstBuild.TrySetResult();
        }
        _cache.Prepare();
        while (!_stop.IsCancellationRequested)
        {
            ChangeBatch batch;
            try
            {
                var next = _watcher!.NextBatchAsync(_stop.Token);
                if (updateSearch is not null)
                {
                    if (await Task.WhenAny(next, Task.Delay(SearchHeadStart, _stop.Token)) != next && !_stop.IsCancellationRequested) updateSearch();
                    updateSearch = null;
                }
                _quietHeap.Begin();
                batch = await next;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (ChannelClosedException)
            {
                break;
            }
            try
            {
                if (batch.Overflow) _cache.Clear();
                else _cache.Invalidate(batch.Paths);
                updateSearch = Rebuild(batch.Paths, batch.FirstSeenTimestamp);
                _cache.Prepare();
            }
            catch (Exception e)
            {
                // Never let one bad rebuild stop the watching: say what happened and wait for the next change.
                _quietHeap.End();
                _cache.Clear();
                _errors.WriteLine($"statickb serve: internal error after {string.Join(", ", batch.Paths)}: {e}");
            }
        }
    }

    /// <returns>What brings the search files up to date with this build's pages, when they must be made after the reload.</returns>
    private Action? Rebuild(IReadOnlyList<string>? changes, long changeSeen)
    {
        var build = ++_build;
        var buildStart = Stopwatch.GetTimestamp();
        var clock = Stopwatch.StartNew();
        // The edited article's own pages go out (and reload) as soon as they are rendered; the pages that list or
        // quote it follow with the rest of the build. After a failed build every page reloads at once instead.
        long? firstSentAt = null;
        var writtenFirst = 0;
        var reloads = 0;
        void PublishFirst(IReadOnlyList<OutputFile> pages)
        {
            try
            {
                var paths = _output.PublishFirst(pages);
                if (paths.Count == 0) return;
                writtenFirst = paths.Count;
                firstSentAt = _live.BuildSucceeded(build, PageAddresses(paths));
                reloads = 1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The build's own publish meets the same problem and reports it.
            }
        }
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(new BuildOptions(_root, SiteUri.ToString(), _options.OutputFolder, WriteOutput: false, FingerprintSearchFiles: false,
                DeferSearchIndex: true, DeferLinkCheck: true) { PagesFirst = _lastFailed || !_output.HasSite ? null : PublishFirst }, _cache);
        }
        catch (Exception e)
        {
            // A bug, not bad content; the site stays as it was, and the next build starts from nothing.
            _cache.Clear();
            result = new BuildResult([new Diagnostic(Severity.Error, SourceLocation.File("statickb"), $"internal error during the build: {e.Message}",
                "please report this with the steps that led to it")], null, 0, 0, []);
        }
        var buildMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();

        string? sent = null;
        long sentAt;
        var written = 0;
        if (result.Succeeded && result.Files is { } files)
        {
            try
            {
                var firstPublish = !_output.HasSite;
                var paths = _output.Publish(files);
                written = paths.Count + writtenFirst;
                if (firstPublish) _defaultLanguage = ReadDefaultLanguage() ?? _defaultLanguage;
                else if (changes?.Contains(SiteConfigReader.FileName) == true) _defaultLanguage = ReadDefaultLanguage() ?? _defaultLanguage;
                // Nothing to show when nothing changed, unless the pages are showing an error that is now gone.
                if (paths.Count > 0 || _lastFailed) (sent, reloads) = ("reload", reloads + 1);
                sentAt = sent is null ? Stopwatch.GetTimestamp() : _live.BuildSucceeded(build, _lastFailed ? null : PageAddresses(paths));
                if (firstSentAt is not null) sent = "reload";
                _lastFailed = false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TakeBackFirst();
                result = result with
                {
                    Diagnostics = [.. result.Diagnostics, new Diagnostic(Severity.Error, SourceLocation.File(_options.OutputFolder),
                        $"cannot write the site: {e.Message}", "check the folder's permissions and free disk space")],
                };
                sent = "error";
                sentAt = _live.BuildFailed(build, result.Diagnostics);
                _lastFailed = true;
            }
        }
        else
        {
            TakeBackFirst();
            sent = "error";
            sentAt = _live.BuildFailed(build, result.Diagnostics);
            _lastFailed = true;
        }
        var publishMs = clock.Elapsed.TotalMilliseconds;

        var report = new RebuildReport(build, changes, !_lastFailed, result.Diagnostics, sent, changeSeen, buildStart, sentAt, buildMs, publishMs, written,
            _cache.ContentFilesRead, _cache.TemplatesReloaded, _cache.LastStageTimes)
        {
            // Also when the build failed after them (the pages then got the reload, then the error, and were put back).
            PagesFirstSentTimestamp = firstSentAt,
            PagesFirstWritten = writtenFirst,
            ReloadsSent = reloads,
        };
        // The pages are out: the search index, which allocates far more, is made with collections as usual.
        _quietHeap.End();
        Print(report);
        Rebuilt?.Invoke(report);
        if (_lastFailed || result.Files is not { } published) return null;
        var checkLinks = result.PendingLinkCheck;
        var updateSearch = result.PendingSearchFiles;
        if (checkLinks is null && updateSearch is null) return null;
        return () =>
        {
            if (checkLinks is not null) CheckLinks(checkLinks);
            if (updateSearch is not null) UpdateSearch(build, published, updateSearch);
        };
    }

    // The build failed after its first pages went out: the last good site comes back whole.
    private void TakeBackFirst()
    {
        try
        {
            _output.TakeBackFirst();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.WriteLine($"statickb serve: could not put back the pages of the last good site: {e.Message}");
        }
    }

    /// <summary>
    /// Most pages a reload names; beyond that (a template or an entity changed) every page reloads, which is as fast
    /// for the browser and keeps the message small.
    /// </summary>
    private const int MaxPagesNamed = 200;

    /// <summary>
    /// The addresses of the pages among written or deleted site files, as the browser shows them in its address bar
    /// (<c>/base/vi/articles/a/</c>); null (every page) when a file every page uses changed: a style sheet, a
    /// script, an image, or the not-found page, which is shown at any missing address.
    /// </summary>
    private IReadOnlyList<string>? PageAddresses(IReadOnlyList<string> paths)
    {
        static bool OnlyItself(string path) =>
            path != "404.html" && (path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".xml", StringComparison.Ordinal)
                || path.StartsWith("assets/search-", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal));
        if (paths.Count > MaxPagesNamed || !paths.All(OnlyItself)) return null;
        return paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .Select(p => _options.BasePath + (p == "index.html" || p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p))
            .ToList();
    }

    // Broken links are warnings and change no file: the pages reload first, and the warnings follow.
    private void CheckLinks(Func<IReadOnlyList<Diagnostic>> check)
    {
        IReadOnlyList<Diagnostic> found;
        try
        {
            found = check();
        }
        catch (Exception e)
        {
            _cache.Clear();
            found = [new Diagnostic(Severity.Error, SourceLocation.File("statickb"), $"internal error while checking links: {e.Message}",
                "please report this with the steps that led to it")];
        }
        DiagnosticPrinter.Print(found, _errors, githubAnnotations: false);
        LinksChecked?.Invoke(found);
    }

    // The pages are out and the browser reloaded; now the search files catch up. Until they do, the search page
    // answers from the previous index, which differs at most by the edit just made.
    private void UpdateSearch(int build, IReadOnlyList<OutputFile> published, Func<SearchFilesUpdate> pending)
    {
        var clock = Stopwatch.StartNew();
        SearchFilesUpdate update;
        try
        {
            update = pending();
        }
        catch (Exception e)
        {
            _cache.Clear();
            update = new SearchFilesUpdate([], [new Diagnostic(Severity.Error, SourceLocation.File("statickb"), $"internal error while indexing: {e.Message}",
                "please report this with the steps that led to it")], []);
        }
        if (update.Succeeded)
        {
            var replaced = update.Files.Select(f => f.Path).Concat(update.Replaces).ToHashSet(StringComparer.Ordinal);
            _output.Publish([.. published.Where(f => !replaced.Contains(f.Path)), .. update.Files]);
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search index updated in {clock.Elapsed.TotalMilliseconds:F0} ms"));
        }
        else
        {
            DiagnosticPrinter.Print(update.Diagnostics, _errors, githubAnnotations: false);
            _live.BuildFailed(build, update.Diagnostics);
            _lastFailed = true;
        }
        SearchUpdated?.Invoke(clock.Elapsed.TotalMilliseconds, update.Succeeded);
    }

    private string? ReadDefaultLanguage() =>
        SiteConfigReader.Read(_root, new SiteConfigReader.Overrides(SiteUri.ToString()), new DiagnosticBag())?.DefaultLanguage.Code;

    private void Print(RebuildReport report)
    {
        var total = Stopwatch.GetElapsedTime(report.ChangeSeenTimestamp, report.SentTimestamp).TotalMilliseconds;
        var what = report.Changes is null ? "built" : "rebuilt";
        var changed = report.Changes is null ? "" : $" after {Describe(report.Changes)}";
        DiagnosticPrinter.Print(report.Diagnostics, _errors, false);
        if (!report.Succeeded)
        {
            var errors = report.Diagnostics.Count(d => d.IsError);
            _errors.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"build {report.Build} failed{changed}: {errors} error(s); {(_output.HasSite ? "still serving the last good site" : "nothing to serve yet")}"));
            return;
        }
        var first = report.PagesFirstSentTimestamp is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"; its own pages reloaded after {Stopwatch.GetElapsedTime(report.ChangeSeenTimestamp, at).TotalMilliseconds:F0} ms")
            : "";
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what} in {total:F0} ms{changed}{first} (build {report.BuildMs:F0} ms, {report.FilesWritten} file(s) written in {report.PublishMs:F0} ms, {report.ContentFilesRead} content file(s) parsed{(report.TemplatesReloaded ? ", templates parsed" : "")}){(report.Event is null ? "; output unchanged, no reload" : "")}"));
    }

    private static string Describe(IReadOnlyList<string> changes) =>
        changes.Count switch
        {
            0 => "lost file events",
            1 => changes[0],
            _ => $"{changes[0]} and {changes.Count - 1} more",
        };
}

/// <summary>Serve could not start; the diagnostics say why.</summary>
public sealed class ServeException(IReadOnlyList<Diagnostic> diagnostics) : Exception(string.Join("; ", diagnostics.Select(d => d.Message)))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
