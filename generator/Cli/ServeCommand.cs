using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using StaticKb.Serve;

namespace StaticKb.Cli;

/// <summary>
/// <c>statickb serve</c>: builds the site into <c>_site.serve/</c> (the published <c>_site/</c> is left alone), serves it on
/// 127.0.0.1 with the base URL <c>http://127.0.0.1:&lt;port&gt;/</c>, and rebuilds and reloads the open pages on every
/// change to content/, templates/ or site.yml. Build errors show in the terminal and over the page.
/// </summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var project = CommonOptions.Project();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var openBrowser = new Option<bool>("--open-browser") { Description = "Open the site in the default browser (--open-browser false to not)", DefaultValueFactory = _ => HasDesktop() };
        var command = new Command("serve", "Build, serve on 127.0.0.1 and rebuild on every change, reloading the open pages") { project, port, openBrowser };
        command.SetAction(parse => Run(new ServeOptions(parse.GetValue(project)!.FullName, parse.GetValue(port)), parse.GetValue(openBrowser), stdout, stderr));
        return command;
    }

    // On a server, in CI or over SSH there is no browser to open; don't try (xdg-open only prints errors there).
    private static bool HasDesktop() =>
        Environment.GetEnvironmentVariable("CI") is null &&
        (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() || Environment.GetEnvironmentVariable("DISPLAY") is not null
            || Environment.GetEnvironmentVariable("WAYLAND_DISPLAY") is not null);

    private static int Run(ServeOptions options, bool openBrowser, TextWriter stdout, TextWriter stderr)
    {
        if (options.Port is < 1 or > 65535)
        {
            stderr.WriteLine($"statickb: --port {options.Port} is not a port (1-65535)");
            return ExitCodes.Usage;
        }
        if (!File.Exists(Path.Combine(options.ProjectRoot, Config.SiteConfigReader.FileName)))
        {
            stderr.WriteLine($"statickb: {options.ProjectRoot} has no site.yml; run statickb serve in the project folder, or pass --project");
            return ExitCodes.Usage;
        }
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        ServeSession session;
        try
        {
            session = ServeSession.StartAsync(options, stdout, stderr, cancellationToken: stop.Token).GetAwaiter().GetResult();
        }
        catch (ServeException e)
        {
            foreach (var d in e.Diagnostics)
            {
                stderr.WriteLine($"statickb: {d.Message}");
                if (d.Hint is not null) stderr.WriteLine($"  hint: {d.Hint}");
            }
            return ExitCodes.Usage;
        }
        try
        {
            stdout.WriteLine($"serving {options.ProjectRoot} at {session.SiteUri} from {Path.GetRelativePath(options.ProjectRoot, session.OutputDirectory)}/ (Ctrl+C to stop)");
            session.FirstBuild.GetAwaiter().GetResult();
            if (openBrowser) Open(session.SiteUri, stderr);
            session.RunUntilCancelledAsync(stop.Token).GetAwaiter().GetResult();
            stdout.WriteLine("stopping");
        }
        finally
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return ExitCodes.Success;
    }

    private static void Open(Uri url, TextWriter stderr)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            stderr.WriteLine($"could not open a browser ({e.Message}); open {url} yourself");
        }
    }
}
