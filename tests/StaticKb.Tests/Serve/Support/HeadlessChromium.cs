using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace StaticKb.Tests.Serve.Support;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>, which <c>.ci/test</c> installs) driven over the DevTools
/// protocol with nothing but a WebSocket: enough to load a page, run script in it and wait for its events.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Channel<(string Method, JsonElement Params)> _events = Channel.CreateUnbounded<(string, JsonElement)>();
    private readonly List<string> _problems = new();
    private readonly Lock _lock = new();
    private Task? _receiver;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Console errors, failed script and Content-Security-Policy reports the page produced.</summary>
    public IReadOnlyList<string> Problems
    {
        get { lock (_lock) return _problems.ToList(); }
    }

    public static async Task<HeadlessChromium> StartAsync(TimeSpan timeout)
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (bash .ci/test does)");
        var profile = Path.Combine(Path.GetTempPath(), "statickb-serve-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(ChromiumPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
            },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var chromium = new HeadlessChromium(process, profile);
        try
        {
            await chromium.ConnectAsync(timeout);
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
        return chromium;
    }

    private async Task ConnectAsync(TimeSpan timeout)
    {
        // Chromium writes the port it picked into the profile; wait for it with an upper bound.
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        using var wait = new CancellationTokenSource(timeout);
        using (var watcher = new FileSystemWatcher(_profile, "DevToolsActivePort") { EnableRaisingEvents = true })
        {
            var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watcher.Created += (_, _) => written.TrySetResult();
            watcher.Changed += (_, _) => written.TrySetResult();
            while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
            {
                if (_process.HasExited) throw new InvalidOperationException($"chromium exited with {_process.ExitCode}");
                await Task.WhenAny(written.Task, Task.Delay(TimeSpan.FromMilliseconds(200), wait.Token));
                wait.Token.ThrowIfCancellationRequested();
                written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        var port = int.Parse(File.ReadAllLines(portFile)[0], System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list", wait.Token))!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        await _socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), wait.Token);
        _receiver = Task.Run(ReceiveAsync);
        await SendAsync("Runtime.enable");
        await SendAsync("Log.enable");
        await SendAsync("Page.enable");
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock) _pending[id] = reply;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        var result = await reply.Task.WaitAsync(TimeSpan.FromSeconds(120));
        if (result.TryGetProperty("error", out var error)) throw new InvalidOperationException($"{method}: {error}");
        return result.GetProperty("result");
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page; a promise is awaited (bounded by <paramref name="timeout"/>).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, TimeSpan timeout)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true })
            .WaitAsync(timeout);
        if (result.TryGetProperty("exceptionDetails", out var exception)) throw new InvalidOperationException($"script failed: {exception}");
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Waits for the next protocol event named <paramref name="method"/> (earlier events of other names are dropped).</summary>
    public async Task<JsonElement> NextEventAsync(string method, TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        while (true)
        {
            var (name, parameters) = await _events.Reader.ReadAsync(wait.Token);
            if (name == method) return parameters;
        }
    }

    /// <summary>Forgets events received so far, so <see cref="NextEventAsync"/> waits for a new one.</summary>
    public void DropEvents()
    {
        while (_events.Reader.TryRead(out _)) { }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                using var json = JsonDocument.Parse(message.ToArray());
                message.SetLength(0);
                var root = json.RootElement;
                if (root.TryGetProperty("id", out var id))
                {
                    TaskCompletionSource<JsonElement>? reply;
                    lock (_lock) _pending.Remove(id.GetInt32(), out reply);
                    reply?.TrySetResult(root.Clone());
                }
                else if (root.TryGetProperty("method", out var method))
                {
                    var parameters = root.GetProperty("params").Clone();
                    Record(method.GetString()!, parameters);
                    _events.Writer.TryWrite((method.GetString()!, parameters));
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private void Record(string method, JsonElement parameters)
    {
        string? problem = method switch
        {
            "Runtime.exceptionThrown" => "exception: " + parameters.GetProperty("exceptionDetails"),
            "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() == "error" => "console.error: " + parameters.GetProperty("args"),
            "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error"
                // A browser asks every site for /favicon.ico; the knowledge base has none, and says so with a 404.
                && !(parameters.GetProperty("entry").TryGetProperty("url", out var url) && url.GetString()!.EndsWith("/favicon.ico", StringComparison.Ordinal))
                => "log: " + parameters.GetProperty("entry").GetProperty("text").GetString(),
            _ => null,
        };
        if (problem is not null) lock (_lock) _problems.Add(problem);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
        }
        if (_receiver is not null) await _receiver;
        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
        _stop.Dispose();
    }
}
