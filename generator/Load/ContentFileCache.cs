using StaticKb.Diagnostics;

namespace StaticKb.Load;

/// <summary>
/// What <see cref="ContentLoader"/> made of each content file, with the diagnostics it reported, kept between builds
/// by a long-running process (<c>statickb serve</c>). A file is read again when its length or modification time
/// differs from the cached one, or when it was named in <see cref="Evict"/> (a watcher saw it change), so a change
/// within the file system's timestamp resolution is not missed either. Articles and entities are immutable
/// records, so reusing them is safe.
/// </summary>
public sealed class ContentFileCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private sealed record Entry(long Length, long WriteTicks, ContentLoader.ReadResult? Parsed, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>How many files the last load had to read and parse (the others came from the cache).</summary>
    public int LastReadCount { get; private set; }

    internal void BeginLoad()
    {
        lock (_lock)
        {
            _seen.Clear();
            LastReadCount = 0;
        }
    }

    internal ContentLoader.ReadResult? GetOrRead(string fullPath, string relativePath, DiagnosticBag diagnostics, Func<DiagnosticBag, ContentLoader.ReadResult?> read)
    {
        var info = new FileInfo(fullPath);
        var (length, ticks) = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1L, 0L);
        Entry? entry;
        lock (_lock)
        {
            _seen.Add(relativePath);
            _entries.TryGetValue(relativePath, out entry);
        }
        if (entry is null || entry.Length != length || entry.WriteTicks != ticks)
        {
            var own = new DiagnosticBag();
            entry = new Entry(length, ticks, read(own), own.Sorted());
            lock (_lock)
            {
                _entries[relativePath] = entry;
                LastReadCount++;
            }
        }
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Parsed;
    }

    /// <summary>Drops the entries of files the load did not meet (deleted or renamed), so the cache never outgrows content/.</summary>
    internal void EndLoad()
    {
        lock (_lock)
        {
            foreach (var path in _entries.Keys.Where(p => !_seen.Contains(p)).ToList()) _entries.Remove(path);
        }
    }

    /// <summary>Forgets a file, or every file below a folder (project-relative, forward slashes), so the next load reads it again.</summary>
    public void Evict(string relativePath)
    {
        var folder = relativePath.TrimEnd('/') + "/";
        lock (_lock)
        {
            _entries.Remove(relativePath);
            foreach (var path in _entries.Keys.Where(p => p.StartsWith(folder, StringComparison.Ordinal)).ToList()) _entries.Remove(path);
        }
    }

    public void Clear()
    {
        lock (_lock) _entries.Clear();
    }
}
