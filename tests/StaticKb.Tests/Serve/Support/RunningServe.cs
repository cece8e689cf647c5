using System.Threading.Channels;
using StaticKb.Serve;

namespace StaticKb.Tests.Serve.Support;

/// <summary>A serve session on a free port of 127.0.0.1 over a <see cref="ServeProject"/>, with an HttpClient and every build's report.</summary>
public sealed class RunningServe : IAsyncDisposable
{
    /// <summary>An upper bound for anything a test waits for; builds on a busy CI machine can take seconds.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly Channel<RebuildReport> _reports = Channel.CreateUnbounded<RebuildReport>();
    private readonly StringWriter _log = new();

    private RunningServe(ServeProject project) => Project = project;

    public ServeProject Project { get; }

    public ServeSession Session { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public Uri Server => new($"http://127.0.0.1:{Session.Port}/");

    /// <summary>What serve printed (build lines and diagnostics), for failure messages.</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    public static async Task<RunningServe> StartAsync(ServeProject project, string basePath = "/")
    {
        var running = new RunningServe(project);
        var log = TextWriter.Synchronized(running._log);
        running.Session = await ServeSession.StartAsync(new ServeOptions(project.Root, Port: 0, BasePath: basePath), log, log,
            r => running._reports.Writer.TryWrite(r));
        running.Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = running.Server, Timeout = Timeout };
        return running;
    }

    /// <summary>The report of the next build (the first call after start gets the first build's).</summary>
    public async Task<RebuildReport> NextBuildAsync()
    {
        using var wait = new CancellationTokenSource(Timeout);
        try
        {
            return await _reports.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no build within {Timeout.TotalSeconds} s; serve printed:\n{Log}");
        }
    }

    public Task<SseClient> EventsAsync() => SseClient.ConnectAsync(Server, Timeout);

    public async Task<string> GetStringAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Session.DisposeAsync();
    }
}
