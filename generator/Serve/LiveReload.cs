using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using StaticKb.Diagnostics;

namespace StaticKb.Serve;

/// <summary>
/// The server-sent events behind <c>/__statickb/events</c>. Every open page holds one stream; after each build all of
/// them get either <c>reload</c> (the new site is in place; with <c>pages</c>, only the pages at those paths changed and
/// the others need not reload) or <c>error</c> (the build failed, here is every
/// diagnostic; the last good site stays). A page that connects while the last build failed gets that <c>error</c>
/// at once, after the <c>hello</c> every connection starts with:
/// <code>
/// event: hello   data: {"build":3,"update":3,"ok":true}
/// event: reload  data: {"build":4,"update":4,"pages":["/vi/articles/a/","/en/articles/a/"]}
/// event: reload  data: {"build":4,"update":5,"pages":["/vi/documents/15-ct-tw/"]}
/// event: reload  data: {"build":5,"update":6}
/// event: error   data: {"build":6,"diagnostics":[{"file":"content/vi/articles/a.md","line":3,"column":7,"severity":"error","message":"…","hint":"…"}]}
/// </code>
/// <c>update</c> counts the reloads sent: a page that reconnects and hears of a later one than it last heard of
/// may have missed one meant for it, and reloads. Data is one line of JSON. Comments (<c>: ping</c>) keep idle streams open.
/// </summary>
public sealed class LiveReload
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = new();
    private int _build;
    // Reloads sent so far (a build may send two): a page that reconnects compares it with the last it heard of.
    private int _update;
    private string? _lastError;

    public int ClientCount
    {
        get { lock (_lock) return _clients.Count; }
    }

    /// <summary>
    /// Tells the pages to reload: those at <paramref name="pages"/> (URL paths, e.g. <c>/vi/articles/a/</c>), or every
    /// page when null. Returns the Stopwatch timestamp when the message had gone to all of them.
    /// </summary>
    public long BuildSucceeded(int build, IReadOnlyList<string>? pages = null)
    {
        int update;
        lock (_lock)
        {
            _build = build;
            _lastError = null;
            update = ++_update;
        }
        return Broadcast(Message("reload", pages is null ? JsonSerializer.Serialize(new { build, update }, Json) : JsonSerializer.Serialize(new { build, update, pages }, Json)));
    }

    /// <summary>Shows the build's diagnostics on every page (and on pages opened later, until a build succeeds).</summary>
    public long BuildFailed(int build, IReadOnlyList<Diagnostic> diagnostics)
    {
        var message = Message("error", ErrorJson(build, diagnostics));
        lock (_lock)
        {
            _build = build;
            _lastError = message;
        }
        return Broadcast(message);
    }

    public static string ErrorJson(int build, IReadOnlyList<Diagnostic> diagnostics) => JsonSerializer.Serialize(new
    {
        build,
        diagnostics = diagnostics
            .OrderBy(d => d.IsError ? 0 : 1)
            .Select(d => new DiagnosticJson(d.Location.Path, d.Location.Line, d.Location.Column, d.IsError ? "error" : "warning", d.Message, d.Hint)),
    }, Json);

    private sealed record DiagnosticJson(string File, int Line, int Column, string Severity, string Message, string? Hint);

    /// <summary>A new stream: its first messages (hello, and the last error if the last build failed), then every broadcast.</summary>
    internal ChannelReader<string> Connect()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            channel.Writer.TryWrite("retry: 1000\n\n");
            channel.Writer.TryWrite(Message("hello", JsonSerializer.Serialize(new { build = _build, update = _update, ok = _lastError is null }, Json)));
            if (_lastError is not null) channel.Writer.TryWrite(_lastError);
            _clients.Add(channel);
        }
        return channel.Reader;
    }

    internal void Disconnect(ChannelReader<string> reader)
    {
        lock (_lock) _clients.RemoveAll(c => c.Reader == reader);
    }

    /// <summary>Ends every stream (the server is stopping).</summary>
    internal void Close()
    {
        lock (_lock)
        {
            foreach (var c in _clients) c.Writer.TryComplete();
            _clients.Clear();
        }
    }

    private long Broadcast(string message)
    {
        lock (_lock)
        {
            foreach (var c in _clients) c.Writer.TryWrite(message);
        }
        return Stopwatch.GetTimestamp();
    }

    private static string Message(string name, string data) => $"event: {name}\ndata: {data}\n\n";
}
