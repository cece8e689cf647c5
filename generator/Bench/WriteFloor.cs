using System.Diagnostics;
using StaticKb.Publish;

namespace StaticKb.Bench;

/// <summary>
/// How long this disk takes to take a built site's files when nothing else is done. The disk is first flushed
/// (<c>sync</c>, not timed), so that the last build's writes are not still going. The files are read back into
/// memory a batch at a time (not timed); their folders are made, then each file is written as the build writes
/// it (<see cref="AtomicOutput.WriteFile"/>: created, written in one call, closed) on the threads
/// <see cref="AtomicOutput"/> writes with, into a new folder beside the site. A build that writes these files does
/// this work too, so the figure is a floor under its wall time on the same disk, as the disk is during the run.
/// </summary>
public static class WriteFloor
{
    /// <summary>Files read into memory before a timed batch of writes: bounds the benchmark's own memory at 10k pairs (2.3 GB of files).</summary>
    private const long BatchBytes = 256L * 1024 * 1024;

    /// <param name="CpuSeconds">This process's CPU time while writing, the system calls' kernel time included (not the kernel's later flushing).</param>
    public sealed record Result(int Files, long Bytes, double Seconds, double CpuSeconds);

    /// <summary>Writes a copy of <paramref name="siteDir"/> into <paramref name="copyDir"/> (which must not exist), times it and removes the copy.</summary>
    /// <param name="beforeRemoving">Sees the copy before it is removed (tests).</param>
    public static Result Measure(string siteDir, string copyDir, Action<string>? beforeRemoving = null)
    {
        if (Directory.Exists(copyDir)) throw new ArgumentException($"'{copyDir}' exists already; the copy must start from an empty disk folder", nameof(copyDir));
        // Sorted, so that every measurement writes the files in the same order.
        var files = Directory.EnumerateFiles(siteDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteDir, f)).Order(StringComparer.Ordinal).ToList();
        Sync();
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
                AtomicOutput.ForEach(batch, f => AtomicOutput.WriteFile(f.Path, f.Content));
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
            beforeRemoving?.Invoke(copyDir);
            return new Result(files.Count, bytes, clock.Elapsed.TotalSeconds, cpu.TotalSeconds);
        }
        finally
        {
            try
            {
                if (Directory.Exists(copyDir)) Directory.Delete(copyDir, recursive: true);
            }
            catch (IOException)
            {
                // A copy that cannot be removed stays in the benchmark's own work folder, removed with it; what failed
                // before (a full disk) is the error worth reporting.
            }
        }
    }

    /// <summary>Runs <c>sync</c>, which writes every file's dirty pages to disk and waits for it; where there is none, nothing.</summary>
    private static void Sync()
    {
        try
        {
            using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
            sync?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }
}
