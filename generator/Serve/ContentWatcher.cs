using System.Diagnostics;
using System.Threading.Channels;

namespace StaticKb.Serve;

/// <summary>One batch of changes: the project-relative paths (forward slashes), and when the first of them was seen.</summary>
/// <param name="Overflow">The watcher lost events (its buffer overflowed): anything may have changed.</param>
public sealed record ChangeBatch(IReadOnlyList<string> Paths, long FirstSeenTimestamp, bool Overflow);

/// <summary>
/// Watches what a build reads: <c>content/</c> and <c>templates/</c> (with their subfolders) and <c>site.yml</c>. Editors
/// save in bursts (write, truncate, rename a temporary file over the original…), so events are coalesced: a batch
/// is handed out once no event has arrived for the debounce period (20 ms by default), or at the latest ten debounce
/// periods after its first event, so a stream of events cannot hold a rebuild back for ever.
/// Events that arrive while a batch is being built go into the next batch. Folders that appear later
/// (<c>content/</c> created after the start) are picked up.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly string[] Folders = ["content", "templates"];
    private const string ConfigFile = "site.yml";

    private readonly string _root;
    private readonly TimeSpan _debounce;
    private readonly TimeSpan _maxDelay;
    private readonly Channel<(string? Path, long Timestamp)> _events = Channel.CreateUnbounded<(string?, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, FileSystemWatcher> _folderWatchers = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Lock _lock = new();
    private bool _disposed;

    public ContentWatcher(string projectRoot, TimeSpan debounce)
    {
        _root = Path.GetFullPath(projectRoot);
        _debounce = debounce;
        _maxDelay = debounce * 10;
        _rootWatcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _rootWatcher.Changed += (_, e) => OnRootEvent(e.Name);
        _rootWatcher.Created += (_, e) => OnRootEvent(e.Name);
        _rootWatcher.Deleted += (_, e) => OnRootEvent(e.Name);
        _rootWatcher.Renamed += (_, e) =>
        {
            OnRootEvent(e.OldName);
            OnRootEvent(e.Name);
        };
        _rootWatcher.Error += (_, _) => Overflowed();
        _rootWatcher.EnableRaisingEvents = true;
        foreach (var folder in Folders) WatchFolder(folder);
    }

    /// <summary>The next batch of changes; waits for the first event, then for the burst to settle.</summary>
    public async Task<ChangeBatch> NextBatchAsync(CancellationToken cancellationToken)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var overflow = false;
        var (first, firstAt) = await _events.Reader.ReadAsync(cancellationToken);
        Add(first);
        var deadline = firstAt + (long)(_maxDelay.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            while (_events.Reader.TryRead(out var more)) Add(more.Path);
            var quiet = _debounce;
            var untilDeadline = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (untilDeadline <= TimeSpan.Zero) break;
            if (untilDeadline < quiet) quiet = untilDeadline;
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(quiet);
            try
            {
                if (!await _events.Reader.WaitToReadAsync(wait.Token)) break;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break; // quiet for the whole debounce period: the burst is over
            }
        }
        return new ChangeBatch(paths.ToList(), firstAt, overflow);

        void Add(string? path)
        {
            if (path is null) overflow = true;
            else paths.Add(path);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _rootWatcher.Dispose();
            foreach (var w in _folderWatchers.Values) w.Dispose();
            _folderWatchers.Clear();
        }
        _events.Writer.TryComplete();
    }

    private void OnRootEvent(string? name)
    {
        if (name is null) return;
        if (name == ConfigFile) Post(ConfigFile);
        else if (Folders.Contains(name))
        {
            // content/ or templates/ appeared, vanished or was replaced: watch it afresh, and rebuild.
            WatchFolder(name);
            Post(name);
        }
    }

    private void WatchFolder(string folder)
    {
        lock (_lock)
        {
            if (_disposed) return;
            if (_folderWatchers.Remove(folder, out var old)) old.Dispose();
            var full = Path.Combine(_root, folder);
            if (!Directory.Exists(full)) return;
            var watcher = new FileSystemWatcher(full)
            {
                IncludeSubdirectories = true,
                InternalBufferSize = 64 * 1024,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, e) => PostFull(e.FullPath);
            watcher.Created += (_, e) => PostFull(e.FullPath);
            watcher.Deleted += (_, e) => PostFull(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                PostFull(e.OldFullPath);
                PostFull(e.FullPath);
            };
            watcher.Error += (_, _) => Overflowed();
            watcher.EnableRaisingEvents = true;
            _folderWatchers[folder] = watcher;
        }
    }

    private void PostFull(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        // Editors' swap and backup files (.x.swp, x~, 4913) are not content, but they do not hurt either: the loader
        // skips dot files, and a rebuild that changes nothing writes nothing.
        Post(relative);
    }

    private void Post(string relative) => _events.Writer.TryWrite((relative, Stopwatch.GetTimestamp()));

    private void Overflowed() => _events.Writer.TryWrite((null, Stopwatch.GetTimestamp()));
}
