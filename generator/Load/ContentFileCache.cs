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
    private readonly HashSet<string> _evicted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bodyOnly = new(StringComparer.Ordinal);
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private ContentLoader.ContentListing? _listing;
    // The last load's results, file by file, for the list of files it read, and where each path is in that list.
    private sealed record LoadResults(IReadOnlyList<ContentLoader.ListedFile> Files, ContentLoader.ReadResult?[] Results, Dictionary<string, int>? Positions);
    private LoadResults? _lastLoad;
    // The last load's, while a load runs: _lastLoad stays null until it ends, so a load that stops halfway leaves
    // nothing the next one could take for what is on disk.
    private LoadResults? _previousLoad;
    // Whether this load took the whole last list (every file met), so no entry can have gone.
    private bool _tookLastList;
    // Paths of the entries with diagnostics (few), reported again for each file taken without a look at the disk.
    private readonly HashSet<string> _withDiagnostics = new(StringComparer.Ordinal);
    private IReadOnlyList<Diagnostic>? _duplicates;
    private bool _structural = true;
    private bool _beyondArticles = true;
    private readonly Lock _lock = new();

    private sealed record Entry(long Length, long WriteTicks, ContentLoader.ReadResult? Parsed, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Every change is named in <see cref="Evict"/>: a file met before and not evicted is taken without a look at the disk.</summary>
    internal bool ChangesReported { get; set; }

    /// <summary>How many files the last load had to read and parse (the others came from the cache).</summary>
    public int LastReadCount { get; private set; }

    /// <summary>
    /// What the last load found changed since the one before: null when anything but article bodies changed (a
    /// file added, removed or unreadable, any front matter, any entity, or no load before), else the paths of the
    /// articles whose body alone changed. Lets the Render stage keep the pages that no changed body reaches.
    /// </summary>
    public IReadOnlySet<string>? LastBodyOnlyChanges
    {
        get { lock (_lock) return _structural ? null : _bodyOnly.ToHashSet(StringComparer.Ordinal); }
    }

    /// <summary>
    /// The translation keys of the articles <see cref="LastBodyOnlyChanges"/> names (null when it is null), found
    /// without going through every loaded article.
    /// </summary>
    public IReadOnlySet<string>? LastBodyOnlyKeys
    {
        get
        {
            lock (_lock)
                return _structural ? null
                    : _bodyOnly.Select(path => _entries[path].Parsed?.Item).OfType<Model.Article>().Select(a => a.TranslationKey).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Whether the last load found more than articles changed in place: an entity, a file added, removed or
    /// unreadable (or no load before). What was rendered from bodies (annotations name and link entities) must then
    /// be made again; a change to an article's front matter alone leaves other articles' bodies as they were.
    /// </summary>
    public bool LastChangedBeyondArticles
    {
        get { lock (_lock) return _beyondArticles; }
    }

    /// <summary>
    /// The last load's list of files, when every change is reported and none named since was a file that came or
    /// went (or a folder, or a file the list did not hold); null otherwise: content/ must be listed again.
    /// </summary>
    internal ContentLoader.ContentListing? KeptListing(string projectRoot)
    {
        lock (_lock)
        {
            if (!ChangesReported || _listing is null) return null;
            // Hidden files (editors' swap and lock files) are never listed, whether they come or go.
            foreach (var path in _named.Where(p => !Path.GetFileName(p).StartsWith('.') || Directory.Exists(Path.Combine(projectRoot, p))))
                if (!_entries.ContainsKey(path) || !File.Exists(Path.Combine(projectRoot, path))) return null;
            return _listing;
        }
    }

    /// <summary>
    /// Takes from the cache, without a look at the disk, every listed file it can vouch for (met before, not named
    /// since, and <see cref="ChangesReported"/>) into <paramref name="results"/>; returns the indexes of the others,
    /// which <see cref="GetOrRead"/> must look at.
    /// </summary>
    internal List<int> TakeKept(IReadOnlyList<ContentLoader.ListedFile> files, ContentLoader.ReadResult?[] results, DiagnosticBag diagnostics)
    {
        var others = new List<int>();
        lock (_lock)
        {
            if (ChangesReported && _previousLoad is { } last && ReferenceEquals(last.Files, files))
            {
                // The very list of the last load (statickb serve, no file came or went): its results stand but for
                // the files named since, found by their position rather than by looking up every path.
                Array.Copy(last.Results, results, results.Length);
                var positions = last.Positions ?? MakePositions(files);
                _previousLoad = last with { Positions = positions };
                foreach (var path in _evicted)
                    if (positions.TryGetValue(path, out var i))
                    {
                        results[i] = null;
                        others.Add(i);
                    }
                foreach (var path in _withDiagnostics)
                    if (!_evicted.Contains(path) && positions.ContainsKey(path)) diagnostics.AddRange(_entries[path].Diagnostics);
                others.Sort();
                _tookLastList = true;
                return others;
            }
            for (var i = 0; i < files.Count; i++)
            {
                var path = files[i].At.Path;
                if (ChangesReported && !_evicted.Contains(path) && _entries.TryGetValue(path, out var entry))
                {
                    _seen.Add(path);
                    if (entry.Diagnostics.Count > 0) diagnostics.AddRange(entry.Diagnostics);
                    results[i] = entry.Parsed;
                }
                else others.Add(i);
            }
        }
        return others;
    }

    /// <summary>
    /// The duplicate-key errors of this load: the last load's when only article bodies changed since (keys are in
    /// front matter), else <paramref name="find"/>'s.
    /// </summary>
    internal IReadOnlyList<Diagnostic> Duplicates(Func<IReadOnlyList<Diagnostic>> find)
    {
        lock (_lock)
        {
            if (!_structural && _duplicates is not null) return _duplicates;
        }
        var found = find();
        lock (_lock) _duplicates = found;
        return found;
    }

    /// <summary>Works out where each file of the last load's list is now, rather than on the next load that needs it.</summary>
    internal void Prepare()
    {
        lock (_lock)
            if (_lastLoad is { Positions: null } last) _lastLoad = last with { Positions = MakePositions(last.Files) };
    }

    private static Dictionary<string, int> MakePositions(IReadOnlyList<ContentLoader.ListedFile> files)
    {
        var positions = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++) positions[files[i].At.Path] = i;
        return positions;
    }

    internal void BeginLoad(ContentLoader.ContentListing listing)
    {
        lock (_lock)
        {
            _tookLastList = false;
            (_previousLoad, _lastLoad) = (_lastLoad, null);
            _listing = listing;
            _named.Clear();
            _seen.Clear();
            _bodyOnly.Clear();
            _structural = _entries.Count == 0;
            _beyondArticles = _entries.Count == 0;
            LastReadCount = 0;
        }
    }

    internal ContentLoader.ReadResult? GetOrRead(string fullPath, string relativePath, DiagnosticBag diagnostics, Func<DiagnosticBag, ContentLoader.ReadResult?> read)
    {
        Entry? entry;
        bool evicted;
        lock (_lock)
        {
            _seen.Add(relativePath);
            _entries.TryGetValue(relativePath, out entry);
            evicted = _evicted.Remove(relativePath);
        }
        if (ChangesReported && entry is not null && !evicted)
        {
            diagnostics.AddRange(entry.Diagnostics);
            return entry.Parsed;
        }
        var info = new FileInfo(fullPath);
        var (length, ticks) = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1L, 0L);
        if (entry is null || evicted || entry.Length != length || entry.WriteTicks != ticks)
        {
            var own = new DiagnosticBag();
            var previous = entry;
            entry = new Entry(length, ticks, read(own), own.Sorted());
            lock (_lock)
            {
                _entries[relativePath] = entry;
                if (entry.Diagnostics.Count > 0) _withDiagnostics.Add(relativePath);
                else _withDiagnostics.Remove(relativePath);
                LastReadCount++;
                // Read again to the same thing (a save without changes), nothing changed, not even the body.
                var same = previous is not null && SameParse(previous, entry);
                if (!same && IsBodyOnlyChange(previous, entry)) _bodyOnly.Add(relativePath);
                else if (!same)
                {
                    _structural = true;
                    if (previous?.Parsed?.Item is not Model.Article || entry.Parsed?.Item is not Model.Article) _beyondArticles = true;
                }
            }
        }
        diagnostics.AddRange(entry.Diagnostics);
        return entry.Parsed;
    }

    /// <summary>Drops the entries of files the load did not meet (deleted or renamed), so the cache never outgrows content/.</summary>
    /// <param name="results">What this load found, file by file, for <paramref name="files"/>.</param>
    internal void EndLoad(IReadOnlyList<ContentLoader.ListedFile> files, ContentLoader.ReadResult?[] results)
    {
        lock (_lock)
        {
            _lastLoad = new LoadResults(files, results, _previousLoad is { } last && ReferenceEquals(last.Files, files) ? last.Positions : null);
            _previousLoad = null;
            // Every file of the last list was met: no entry went.
            if (_tookLastList) return;
            foreach (var path in _entries.Keys.Where(p => !_seen.Contains(p)).ToList())
            {
                _entries.Remove(path);
                _withDiagnostics.Remove(path);
                _structural = true;
                _beyondArticles = true;
            }
        }
    }

    // An article whose front matter text is the same, read without diagnostics before and after: only its body
    // differs, and with it its own pages and the pages quoting it, never lists, dates or links elsewhere.
    private static bool IsBodyOnlyChange(Entry? before, Entry after) =>
        before is { Parsed: { Item: Model.Article old } oldRead } && after.Parsed is { Item: Model.Article now } newRead &&
        oldRead.FrontMatter == newRead.FrontMatter && old.Source == now.Source &&
        before.Diagnostics.Count == 0 && after.Diagnostics.Count == 0;

    // Re-read but parsed to the same thing (a save without changes, or a touch).
    private static bool SameParse(Entry before, Entry after) =>
        before.Parsed is { Item: Model.Article a } ba && after.Parsed is { Item: Model.Article b } bb &&
        ba.FrontMatter == bb.FrontMatter && a.Source == b.Source && a.Body == b.Body &&
        before.Diagnostics.Count == 0 && after.Diagnostics.Count == 0;

    /// <summary>Forgets a file, or every file below a folder (project-relative, forward slashes), so the next load reads it again.</summary>
    public void Evict(string relativePath)
    {
        var folder = relativePath.TrimEnd('/') + "/";
        lock (_lock)
        {
            _named.Add(relativePath);
            // Marked, not forgotten: the next load compares what it reads with what was there.
            // A file the cache holds is no folder: the entries below a folder are looked for only when it is not one.
            if (_entries.ContainsKey(relativePath)) _evicted.Add(relativePath);
            else foreach (var path in _entries.Keys.Where(p => p.StartsWith(folder, StringComparison.Ordinal))) _evicted.Add(path);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _withDiagnostics.Clear();
            _evicted.Clear();
            _bodyOnly.Clear();
            _structural = _beyondArticles = true;
            _listing = null;
            _lastLoad = _previousLoad = null;
            _duplicates = null;
        }
    }
}
