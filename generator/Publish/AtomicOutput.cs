using StaticKb.Diagnostics;

namespace StaticKb.Publish;

/// <summary>
/// Writes the new site beside the old one and swaps the folders only when everything was written, so readers
/// and <c>statickb serve</c> see either the previous site or the new one, never a mix. A build killed between
/// the two renames leaves the previous site in <c>&lt;output&gt;.previous</c>, and the next build puts it back
/// before doing anything else. One build at a time writes an output folder: each holds <c>&lt;output&gt;.lock</c>
/// (an exclusive lock on that file, let go when the process ends however it ends) from the staging folder's
/// creation to the swap, and a second build is refused with a clear error instead of sharing the staging folder.
/// </summary>
public sealed class AtomicOutput
{
    /// <summary>Marks a folder as made by StaticKb, so it is safe to replace; we never delete a folder without it.</summary>
    public const string Marker = ".statickb-output";

    private readonly string _output;

    public AtomicOutput(string outputDir) => _output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);

    private string Previous => _output + ".previous";

    private string Staging => _output + ".staging";

    private string LockFile => _output + ".lock";

    /// <summary>
    /// Puts back the previous site if a build was killed between the two renames of the swap; does nothing while
    /// another build holds the folder (its swap may be under way, and it finishes it).
    /// </summary>
    public void Repair()
    {
        using var held = TryLock();
        if (held is not null) RepairHeld();
    }

    private void RepairHeld()
    {
        if (!Directory.Exists(_output) && Directory.Exists(Previous)) Directory.Move(Previous, _output);
    }

    /// <summary>
    /// Checks the output folder can be replaced (after repairing a half-done swap) and that no other build is
    /// writing it, so that a build which cannot publish fails before it renders anything.
    /// </summary>
    public bool Prepare(string displayName, DiagnosticBag diagnostics)
    {
        using var held = TryLock();
        if (held is null)
        {
            diagnostics.Error(SourceLocation.File(displayName), Busy(displayName), "wait for it to finish, or build into another folder with --output");
            return false;
        }
        RepairHeld();
        if (Directory.Exists(_output) && !File.Exists(Path.Combine(_output, Marker)) && Directory.EnumerateFileSystemEntries(_output).Any())
        {
            diagnostics.Error(SourceLocation.File(displayName), $"the output folder '{displayName}' exists and was not made by statickb; refusing to replace it",
                "choose another folder with --output, or empty this one");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Files are written on several threads: a site is thousands of small files, and each costs system calls
    /// (create, write, close) whose waits overlap well, even on few cores; so this does not follow --threads,
    /// which is about the build's computing. The old site is removed the same way.
    /// </summary>
    public void Write(IEnumerable<OutputFile> files)
    {
        using var staged = Begin();
        staged.Write(files);
        staged.Commit();
    }

    /// <summary>
    /// Starts a new site beside the old one, written file by file as the build makes them (a large site is never
    /// held in memory whole). Nothing reaches the output folder until <see cref="StagedSite.Commit"/>; disposed
    /// without it, the new files are removed and the previous site stays as it was.
    /// </summary>
    /// <exception cref="IOException">Another build is writing the folder (it took it after <see cref="Prepare"/>).</exception>
    public StagedSite Begin()
    {
        var held = TryLock() ?? throw new IOException(Busy(_output));
        try
        {
            RepairHeld();
            if (Directory.Exists(Staging)) Delete(Staging);
            Directory.CreateDirectory(Staging);
            return new StagedSite(this, held);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    private string Busy(string displayName) =>
        $"another statickb build is writing the output folder '{displayName}' (it holds '{Path.GetFileName(LockFile)}' beside it)";

    /// <summary>
    /// The lock file opened for this build alone, or null if another build has it. The file is left in place: deleting
    /// it on release would let a build that opened it just before lock a file no longer there while a third made a
    /// new one. The lock goes with the process, so a killed build never leaves the folder locked.
    /// </summary>
    private FileStream? TryLock()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LockFile)!);
        try
        {
            return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(LockFile))
        {
            return null;
        }
    }

    /// <summary>A site being written beside the published one. Its methods may be called from several threads at once.</summary>
    public sealed class StagedSite : IDisposable
    {
        private readonly AtomicOutput _output;
        private readonly FileStream _lock;
        private readonly string _root;
        // Each folder is made once; a thread writing into a folder another thread is making waits for it (Lazy).
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
        private bool _done;

        internal StagedSite(AtomicOutput output, FileStream held)
        {
            _output = output;
            _lock = held;
            _root = output.Staging + Path.DirectorySeparatorChar;
        }

        /// <summary>Writes one file of the new site (site-relative path); the same path written again is replaced.</summary>
        public void Write(string path, ReadOnlySpan<byte> content) => WriteTarget(Target(path), content);

        /// <summary>Writes several files on several threads (see <see cref="AtomicOutput.Write"/>), the last of one path winning.</summary>
        public void Write(IEnumerable<OutputFile> files)
        {
            // One file per path, the last given winning, as when they were written one after the other.
            var byPath = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var file in files) byPath[Target(file.Path)] = file.Content;
            ForEach(byPath, f => WriteTarget(f.Key, f.Value));
        }

        /// <summary>
        /// Where the build may keep a scratch file of its own (a name starting with a dot, in the staged site's top
        /// folder). The build deletes it before <see cref="Commit"/>; if the build stops first, it goes with the rest
        /// of the staged site.
        /// </summary>
        public string ScratchPath(string name) =>
            name.StartsWith('.') && name.IndexOfAny(['/', '\\']) < 0 ? Target(name) : throw new ArgumentException($"not a scratch file name: '{name}'", nameof(name));

        /// <summary>Reads back a file already written (site-relative path).</summary>
        public byte[] Read(string path) => File.ReadAllBytes(Target(path));

        /// <summary>Gives a folder already written, and all in it, its own name (site-relative paths); nothing may have that name yet.</summary>
        public void MoveFolder(string from, string to)
        {
            var (source, target) = (Target(from), Target(to));
            MakeFolder(Path.GetDirectoryName(target)!);
            Directory.Move(source, target);
            ForgetFolders(source);
        }

        /// <summary>Removes a folder of the new site and what is left in it (site-relative path), if it is there.</summary>
        public void DeleteFolder(string path)
        {
            var target = Target(path);
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            ForgetFolders(target);
        }

        /// <summary>Folders made under <paramref name="target"/> (and it) are no longer there: a file written into one makes it again.</summary>
        private void ForgetFolders(string target)
        {
            foreach (var folder in _folders.Keys)
                if (folder == target || folder.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)) _folders.TryRemove(folder, out _);
        }

        /// <summary>Overwrites bytes of a file already written, in place; the file keeps its length.</summary>
        public void Overwrite(string path, IEnumerable<(long Offset, byte[] Bytes)> edits)
        {
            using var handle = File.OpenHandle(Target(path), FileMode.Open, FileAccess.Write);
            var length = RandomAccess.GetLength(handle);
            foreach (var (offset, bytes) in edits)
            {
                if (offset < 0 || offset + bytes.Length > length) throw new ArgumentOutOfRangeException(nameof(edits), $"an edit runs past the end of '{path}'");
                RandomAccess.Write(handle, bytes, offset);
            }
        }

        /// <summary>Puts the new site in the output folder's place (marker first, then the two renames).</summary>
        public void Commit()
        {
            File.WriteAllText(Path.Combine(_output.Staging, Marker), "");
            _output.Swap();
            _done = true;
            _lock.Dispose();
        }

        /// <summary>Without <see cref="Commit"/>: removes what was written; the published site was never touched.</summary>
        public void Dispose()
        {
            if (_done) return;
            _done = true;
            try
            {
                if (Directory.Exists(_output.Staging)) Delete(_output.Staging);
            }
            finally
            {
                _lock.Dispose();
            }
        }

        private void MakeFolder(string folder) => _ = _folders.GetOrAdd(folder, f => new Lazy<bool>(() => Directory.CreateDirectory(f).Exists)).Value;

        private string Target(string path)
        {
            var target = Path.GetFullPath(Path.Combine(_output.Staging, path));
            if (!target.StartsWith(_root, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write '{path}' outside the output folder");
            return target;
        }

        private void WriteTarget(string target, ReadOnlySpan<byte> content)
        {
            MakeFolder(Path.GetDirectoryName(target)!);
            WriteFile(target, content);
        }
    }

    /// <summary>How every file of a site is written: created (or emptied), written in one call, closed.</summary>
    internal static void WriteFile(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, content, 0);
    }

    private static readonly ParallelOptions IoParallelism = new() { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) };

    /// <summary>Runs on several threads and throws what the first failure threw (an IOException for a full disk), as a loop would.</summary>
    internal static void ForEach<T>(IEnumerable<T> items, Action<T> action)
    {
        try
        {
            Parallel.ForEach(items, IoParallelism, action);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    private void Swap()
    {
        if (Directory.Exists(Previous)) Delete(Previous);
        if (Directory.Exists(_output)) Directory.Move(_output, Previous);
        Directory.Move(Staging, _output);
        if (Directory.Exists(Previous)) Delete(Previous);
    }

    /// <summary>
    /// Removes a folder made by an earlier build: its files on several threads, then the folders. Symbolic links
    /// (one an editor put in the output, say) are not followed: the last step removes the links themselves and never
    /// what they point to.
    /// </summary>
    private static void Delete(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
        ForEach(Directory.EnumerateFiles(folder, "*", options), File.Delete);
        Directory.Delete(folder, recursive: true);
    }
}
