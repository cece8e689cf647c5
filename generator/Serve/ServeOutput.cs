using StaticKb.Diagnostics;
using StaticKb.Publish;

namespace StaticKb.Serve;

/// <summary>
/// The serve-only output folder (<c>_site.serve/</c>, beside the published <c>_site/</c>, never replacing it). The first
/// build replaces the whole folder atomically (<see cref="AtomicOutput"/>); later builds write only the files whose
/// bytes changed and delete the ones that went away, which takes milliseconds instead of rewriting thousands of
/// pages. Requests read files under a lock that an update holds while it writes, so a page never sees half an
/// update. A serve killed in the middle of an update may leave a mix on disk; the next serve starts from scratch.
/// </summary>
internal sealed class ServeOutput
{
    private const string TempSuffix = ".statickb-tmp";
    private readonly string _dir;
    private readonly string _displayName;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private Dictionary<string, byte[]>? _published;
    // What PublishFirst replaced (null: the file did not exist), to put back if the build fails.
    private readonly Dictionary<string, byte[]?> _replacedFirst = new(StringComparer.Ordinal);
    // An update stopped by an error: the files on disk may differ from what _published says.
    private bool _halfWritten;
    // The files of the last publish, in its order: a file that is the same object at the same place is published as it is.
    private IReadOnlyList<OutputFile> _lastFiles = [];

    public ServeOutput(string dir, string displayName)
    {
        _dir = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        _displayName = displayName;
    }

    public string Directory => _dir;

    /// <summary>Whether a build has been published (before that, there is nothing to serve).</summary>
    public bool HasSite => Volatile.Read(ref _published) is not null;

    /// <summary>Checks the folder may be replaced (it is ours or empty); the first build will replace it.</summary>
    public bool Prepare(DiagnosticBag diagnostics) => new AtomicOutput(_dir).Prepare(_displayName, diagnostics);

    /// <summary>
    /// Publishes some files of a build ahead of the rest (the edited article's pages); returns the site paths that
    /// were written. What they replaced is kept until the build's <see cref="Publish"/>, or <see cref="TakeBackFirst"/>
    /// when the build fails.
    /// </summary>
    public IReadOnlyList<string> PublishFirst(IReadOnlyList<OutputFile> files)
    {
        var published = _published ?? throw new InvalidOperationException("the first build publishes the whole site");
        var changed = files.Where(f => !published.TryGetValue(f.Path, out var old) || !old.AsSpan().SequenceEqual(f.Content)).ToList();
        foreach (var file in changed) _replacedFirst.TryAdd(file.Path, published.GetValueOrDefault(file.Path));
        Write(changed, []);
        foreach (var file in changed) published[file.Path] = file.Content;
        return changed.Select(f => f.Path).ToList();
    }

    /// <summary>Puts back what <see cref="PublishFirst"/> replaced since the last <see cref="Publish"/>: the build failed.</summary>
    public void TakeBackFirst()
    {
        if (_published is not { } published || _replacedFirst.Count == 0) return;
        Write(_replacedFirst.Where(r => r.Value is not null).Select(r => new OutputFile(r.Key, r.Value!)).ToList(),
            _replacedFirst.Where(r => r.Value is null).Select(r => r.Key).ToList());
        foreach (var (path, old) in _replacedFirst)
        {
            if (old is null) published.Remove(path);
            else published[path] = old;
        }
        _replacedFirst.Clear();
    }

    /// <summary>Publishes a build; returns the site paths that were written or deleted (not those <see cref="PublishFirst"/> wrote).</summary>
    public IReadOnlyList<string> Publish(IReadOnlyList<OutputFile> files)
    {
        var previous = _published;
        // The first build, the folder was deleted under us, or an update failed halfway (what is on disk is not
        // known): write everything afresh.
        if (previous is null || _halfWritten || !File.Exists(Path.Combine(_dir, AtomicOutput.Marker)))
        {
            var next = new Dictionary<string, byte[]>(files.Count, StringComparer.Ordinal);
            foreach (var f in files) next[f.Path] = f.Content;
            _lock.EnterWriteLock();
            try
            {
                new AtomicOutput(_dir).Write(files);
                Volatile.Write(ref _published, next);
                _halfWritten = false;
                _lastFiles = files;
                _replacedFirst.Clear();
            }
            finally
            {
                _lock.ExitWriteLock();
            }
            return next.Keys.ToList();
        }

        // Most files are the very arrays published last time (the build cache keeps unchanged pages' bytes): the
        // table of what is published is updated in place rather than made again for thousands of files. After a save
        // that listed the same pages, most are even the same files at the same place, and are not looked up at all.
        var changed = new List<OutputFile>();
        var kept = 0;
        var last = _lastFiles;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            // Unless PublishFirst wrote another version of it since (a page shown first is always a new file anyway).
            if (i < last.Count && ReferenceEquals(last[i], file) && !_replacedFirst.ContainsKey(file.Path))
            {
                kept++;
                continue;
            }
            if (previous.TryGetValue(file.Path, out var old))
            {
                kept++;
                if (ReferenceEquals(old, file.Content) || old.AsSpan().SequenceEqual(file.Content)) continue;
            }
            changed.Add(file);
        }
        List<string> removed = [];
        if (kept < previous.Count)
        {
            var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            removed = previous.Keys.Where(p => !paths.Contains(p)).ToList();
        }
        Write(changed, removed);
        foreach (var file in changed) previous[file.Path] = file.Content;
        foreach (var path in removed) previous.Remove(path);
        _replacedFirst.Clear();
        _lastFiles = files;
        return changed.Select(f => f.Path).Concat(removed).ToList();
    }

    private void Write(IReadOnlyList<OutputFile> changed, IReadOnlyList<string> removed)
    {
        if (changed.Count == 0 && removed.Count == 0) return;
        _lock.EnterWriteLock();
        try
        {
            _halfWritten = true;
            foreach (var file in changed)
            {
                var target = Resolve(file.Path) ?? throw new InvalidOperationException($"refusing to write '{file.Path}' outside the output folder");
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                // Write beside the target and rename over it, so no reader or crash ever sees a half-written file.
                File.WriteAllBytes(target + TempSuffix, file.Content);
                File.Move(target + TempSuffix, target, overwrite: true);
            }
            var emptied = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in removed)
            {
                if (Resolve(path) is not { } target || !File.Exists(target)) continue;
                File.Delete(target);
                emptied.Add(Path.GetDirectoryName(target)!);
            }
            // A sharded index's old files leave their folders (SearchShards.ShardFileName) empty: those go too.
            foreach (var folder in emptied.OrderByDescending(f => f.Length)) RemoveEmptyFolders(folder);
            _halfWritten = false;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The bytes of a published file (site path, forward slashes), or null if there is no such file.</summary>
    public byte[]? Read(string sitePath)
    {
        var full = Resolve(sitePath);
        if (full is null) return null;
        _lock.EnterReadLock();
        try
        {
            return File.Exists(full) ? File.ReadAllBytes(full) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Whether <paramref name="sitePath"/> is a folder of the site holding an index.html.</summary>
    public bool IsFolderWithIndex(string sitePath)
    {
        var full = Resolve(sitePath.TrimEnd('/') + "/index.html");
        if (full is null) return false;
        _lock.EnterReadLock();
        try
        {
            return File.Exists(full);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    // A site path to a file inside the folder; null for anything that would leave it, or for hidden files.
    /// <summary>Removes <paramref name="folder"/> if it is empty, then each folder above it left empty, up to the output folder.</summary>
    private void RemoveEmptyFolders(string folder)
    {
        for (var at = folder; at.StartsWith(_dir + Path.DirectorySeparatorChar, StringComparison.Ordinal); at = Path.GetDirectoryName(at)!)
        {
            if (!System.IO.Directory.Exists(at) || System.IO.Directory.EnumerateFileSystemEntries(at).Any()) return;
            System.IO.Directory.Delete(at);
        }
    }

    private string? Resolve(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.Contains('\\') || sitePath.Contains('\0')) return null;
        var segments = sitePath.Split('/');
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.') && s != ".nojekyll")) return null;
        var full = Path.GetFullPath(Path.Combine(_dir, sitePath));
        return full.StartsWith(_dir + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
