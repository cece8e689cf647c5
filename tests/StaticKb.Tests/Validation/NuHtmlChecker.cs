using System.Diagnostics;
using System.Text.Json;
using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Validation;

/// <summary>
/// The W3C Nu HTML Checker (vnu.jar from the npm package vnu-jar, pinned in package-lock.json), run with Java:
/// <c>java -jar vnu.jar --errors-only --format json</c>. <c>.ci/test</c> installs Java and runs <c>npm ci</c>.
/// </summary>
public static class NuHtmlChecker
{
    public sealed record Message(string File, int Line, int Column, string Text)
    {
        public override string ToString() => $"{File}:{Line}:{Column}: {Text}";
    }

    public static string Jar => Repo.Path("node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Checks the files in one Java run and returns every error (a file it cannot read counts as one).</summary>
    public static IReadOnlyList<Message> Check(IReadOnlyCollection<string> files)
    {
        if (!File.Exists(Jar)) throw new InvalidOperationException($"{Jar} is missing: run 'npm ci' (bash .ci/test does)");
        if (files.Count == 0) throw new ArgumentException("no files to check", nameof(files));
        var info = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-Xss4m", "-jar", Jar, "--errors-only", "--format", "json", "--stdout" }.Concat(files))
            info.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("java is not installed: run bash .ci/test, which installs a Java runtime for vnu.jar", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("vnu.jar ran for more than 5 minutes");
            }
            var json = stdout.Result;
            if (string.IsNullOrWhiteSpace(json))
                throw new InvalidOperationException($"vnu.jar printed no report (exit {process.ExitCode}):\n{stderr.Result}");
            using var report = JsonDocument.Parse(json);
            return report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() != "info")
                .Select(m => new Message(
                    Uri.UnescapeDataString(m.TryGetProperty("url", out var url) ? url.GetString()!.Replace("file:", "") : "?"),
                    m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                    m.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : 0,
                    m.GetProperty("message").GetString()!))
                .ToList();
        }
    }
}
