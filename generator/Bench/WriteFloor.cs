using System.Diagnostics;
using StaticKb.Publish;

namespace StaticKb.Bench;

/// <summary>
/// How long this disk takes to take a built site's files when nothing else is done: the files are read back into
/// memory a batch at a time (not timed), then written into a new folder beside the site as a build writes them
/// (folders first, then each file opened, written and closed, on the threads <see cref="AtomicOutput"/> writes
/// with). No build that writes the same files can take less, so the figure says how much of a build's wall time
/// is the disk's, and whether a target is within reach of any generator producing this output.
/// </summary>
public static class WriteFloor
{
    /// <summary>Files read into memory before a timed batch of writes: bounds the benchmark's own memory at 10k pairs (2.3 GB of files).</summary>
    private const long BatchBytes = 256L * 1024 * 1024;

    /// <param name="CpuSeconds">This process's CPU time while writing, the kernel's work on the files included: on a machine of two cores, what is left of twice the wall time for any other work.</param>
    public sealed record Result(int Files, long Bytes, double Seconds, double CpuSeconds);

    /// <summary>Writes a copy of <paramref name="siteDir"/> into <paramref name="copyDir"/> (which must not exist), times it and removes the copy.</summary>
    public static Result Measure(string siteDir, string copyDir)
    {
        if (Directory.Exists(copyDir)) throw new ArgumentException($"'{copyDir}' exists already; the copy must start from an empty disk folder", nameof(copyDir));
        // Sorted, so that every measurement writes the files in the same order.
        var files = Directory.EnumerateFiles(siteDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteDir, f)).Order(StringComparer.Ordinal).ToList();
        var clock = new Stopwatch();
        var cpu = TimeSpan.Zero;
        var process = Process.GetCurrentProcess();
        void Start()
        {
            process.Refresh();
            cpu -= process.TotalProcessorTime;
            clock.Start();
        }
        void Stop()
        {
            clock.Stop();
            process.Refresh();
            cpu += process.TotalProcessorTime;
        }
        long bytes = 0;
        try
        {
            Start();
            foreach (var folder in files.Select(Path.GetDirectoryName).Distinct().Order(StringComparer.Ordinal))
                Directory.CreateDirectory(Path.Combine(copyDir, folder!));
            Stop();
            var batch = new List<(string Path, byte[] Content)>();
            long batchBytes = 0;
            void Flush()
            {
                Start();
                AtomicOutput.ForEach(batch, f =>
                {
                    using var handle = File.OpenHandle(f.Path, FileMode.Create, FileAccess.Write);
                    RandomAccess.Write(handle, f.Content, 0);
                });
                Stop();
                batch.Clear();
                batchBytes = 0;
            }
            foreach (var file in files)
            {
                var content = File.ReadAllBytes(Path.Combine(siteDir, file));
                batch.Add((Path.Combine(copyDir, file), content));
                batchBytes += content.Length;
                bytes += content.Length;
                if (batchBytes >= BatchBytes) Flush();
            }
            Flush();
            return new Result(files.Count, bytes, clock.Elapsed.TotalSeconds, cpu.TotalSeconds);
        }
        finally
        {
            if (Directory.Exists(copyDir)) Directory.Delete(copyDir, recursive: true);
        }
    }
}
