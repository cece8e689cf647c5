using System.Diagnostics;

namespace StaticKb.Index;

/// <summary>
/// Runs the repository's node scripts (lunr's own builder for the benchmark and the tests) from a
/// checkout: finds the repository root, installs the packages of package-lock.json with <c>npm ci</c> when
/// node_modules lacks what a script loads, and runs node with a time limit.
/// </summary>
internal static class NodeScripts
{
    /// <summary>The checkout this code runs from: the nearest folder up with package.json and templates/assets/search.js.</summary>
    public static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "package.json")) &&
                    File.Exists(Path.Combine(dir.FullName, "templates", "assets", "search.js")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            "Cannot find the StaticKb repository (package.json and templates/assets/search.js) above " +
            $"{AppContext.BaseDirectory} or {Environment.CurrentDirectory}; run from a checkout.");
    }

    /// <summary>What every node script loads.</summary>
    private static readonly string[] Lunr = [Path.Combine("lunr", "lunr.js")];

    /// <summary>What the browser benchmark loads besides.</summary>
    public static readonly string[] PlaywrightCore = [Path.Combine("playwright-core", "package.json")];

    // Tests run node scripts in parallel: one npm ci at a time, and none while another is deleting node_modules.
    private static readonly Lock Installing = new();

    /// <summary>
    /// Makes sure node_modules holds lunr (and <paramref name="alsoNeeded"/>, files under node_modules), running
    /// <c>npm ci</c> once, which installs every package of package-lock.json, if it does not.
    /// </summary>
    public static void EnsureNodeModules(string repoRoot, params string[] alsoNeeded)
    {
        bool Installed() => Lunr.Concat(alsoNeeded).All(m => File.Exists(Path.Combine(repoRoot, "node_modules", m)));
        lock (Installing)
        {
            if (Installed()) return;
            var (exit, stdout, stderr) = Run("npm", new[] { "ci", "--no-audit", "--no-fund" }, repoRoot, TimeSpan.FromMinutes(5));
            if (exit != 0 || !Installed())
                throw new InvalidOperationException($"`npm ci` in {repoRoot} failed (exit {exit}); {string.Join(", ", Lunr.Concat(alsoNeeded))} needed under node_modules.\n{stdout}\n{stderr}");
        }
    }

    /// <summary>Runs <c>node script args…</c> in the repository root and returns its standard output; fails on a non-zero exit or after 10 minutes.</summary>
    public static string RunNode(string repoRoot, string script, params string[] args) => RunNode(repoRoot, script, TimeSpan.FromMinutes(10), [], args);

    /// <summary>The same, with a time limit, and packages the script needs besides lunr.</summary>
    public static string RunNode(string repoRoot, string script, TimeSpan timeout, string[] modules, params string[] args)
    {
        EnsureNodeModules(repoRoot, modules);
        var (exit, stdout, stderr) = Run("node", new[] { "--max-old-space-size=8192", Path.Combine(repoRoot, script) }.Concat(args).ToArray(), repoRoot, timeout);
        if (exit != 0) throw new InvalidOperationException($"node {script} failed (exit {exit}):\n{stderr}");
        return stdout;
    }

    private static (int Exit, string Stdout, string Stderr) Run(string fileName, string[] args, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start `{fileName}`: is it installed and on PATH? ({e.Message})", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} did not finish within {timeout}.");
            }
            process.WaitForExit();
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
