using StaticKb.Diagnostics;

namespace StaticKb.Publish;

/// <summary>
/// Writes the new site beside the old one and swaps the folders only when everything was written, so readers
/// and <c>statickb serve</c> see either the previous site or the new one, never a mix. A build killed between
/// the two renames leaves the previous site in <c>&lt;output&gt;.previous</c>, and the next build puts it back
/// before doing anything else.
/// </summary>
public sealed class AtomicOutput
{
    /// <summary>Marks a folder as made by StaticKb, so it is safe to replace; we never delete a folder without it.</summary>
    public const string Marker = ".statickb-output";

    private readonly string _output;

    public AtomicOutput(string outputDir) => _output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);

    private string Previous => _output + ".previous";

    private string Staging => _output + ".staging";

    /// <summary>Puts back the previous site if a build was killed between the two renames of the swap.</summary>
    public void Repair()
    {
        if (!Directory.Exists(_output) && Directory.Exists(Previous)) Directory.Move(Previous, _output);
    }

    /// <summary>Checks the output folder can be replaced (after repairing a half-done swap).</summary>
    public bool Prepare(string displayName, DiagnosticBag diagnostics)
    {
        Repair();
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
        if (Directory.Exists(Staging)) Delete(Staging);
        Directory.CreateDirectory(Staging);
        var root = Staging + Path.DirectorySeparatorChar;
        // One file per path, the last given winning, as when they were written one after the other.
        var byTarget = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var target = Path.GetFullPath(Path.Combine(Staging, file.Path));
            if (!target.StartsWith(root, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write '{file.Path}' outside the output folder");
            byTarget[target] = file.Content;
        }
        var targets = byTarget.Select(t => (Target: t.Key, Content: t.Value)).ToList();
        foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Target)!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(folder);
        ForEach(targets, t => File.WriteAllBytes(t.Target, t.Content));
        File.WriteAllText(Path.Combine(Staging, Marker), "");
        Swap();
    }

    private static readonly ParallelOptions IoParallelism = new() { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) };

    /// <summary>Runs on several threads and throws what the first failure threw (an IOException for a full disk), as a loop would.</summary>
    private static void ForEach<T>(IEnumerable<T> items, Action<T> action)
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
