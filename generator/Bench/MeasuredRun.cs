using System.Diagnostics;
using System.Globalization;

namespace StaticKb.Bench;

/// <summary>One run of a command: wall time, CPU time (user + system, all threads), peak resident memory, exit code and output.</summary>
public sealed record MeasuredRun(double WallSeconds, double CpuSeconds, long PeakRssKb, int ExitCode, string Stdout, string Stderr)
{
    public const string GnuTime = "/usr/bin/time";

    /// <summary>
    /// Runs <paramref name="program"/> under GNU time, which reports the child's peak RSS from the kernel's own
    /// accounting (wait4), so nothing is sampled and nothing is missed between samples.
    /// </summary>
    public static MeasuredRun Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        if (!File.Exists(GnuTime))
            throw new InvalidOperationException($"{GnuTime} (GNU time) is needed to measure peak memory: apt-get install -y time");
        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var a in new[] { "-f", "%e %U %S %M", "-o", report, program }.Concat(arguments)) start.ArgumentList.Add(a);
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var fields = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ');
            double Number(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
            return new MeasuredRun(Number(0), Number(1) + Number(2), long.Parse(fields[3], CultureInfo.InvariantCulture),
                process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
