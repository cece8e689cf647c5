using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace StaticKb.Tests.Serve.Support;

/// <summary>One server-sent event as a browser's EventSource would see it.</summary>
public sealed record ServerEvent(string Name, string Data)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement;
}

/// <summary>
/// Reads <c>/__statickb/events</c> with HttpClient the way EventSource does, and hands out the events in order.
/// Waits are bounded by a timeout; an event that never comes fails the test instead of hanging it.
/// </summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<ServerEvent> _events = Channel.CreateUnbounded<ServerEvent>();
    private readonly Task _reader;

    private SseClient(HttpClient http, Stream stream)
    {
        _http = http;
        _reader = Task.Run(() => ReadAsync(stream));
    }

    public static async Task<SseClient> ConnectAsync(Uri server, TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        using var connect = new CancellationTokenSource(timeout);
        var response = await http.GetAsync("/__statickb/events", HttpCompletionOption.ResponseHeadersRead, connect.Token);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseClient(http, await response.Content.ReadAsStreamAsync(connect.Token));
    }

    /// <summary>The next event, whatever its name.</summary>
    public async Task<ServerEvent> NextAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            return await _events.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no server-sent event within {timeout.TotalSeconds} s");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("the event stream ended");
        }
    }

    /// <summary>The next event that is not a <c>hello</c> (those come with every connection).</summary>
    public async Task<ServerEvent> NextBuildEventAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var e = await NextAsync(deadline - DateTime.UtcNow is { } left && left > TimeSpan.Zero ? left : TimeSpan.Zero);
            if (e.Name != "hello") return e;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _http.Dispose();
        try
        {
            await _reader;
        }
        catch (Exception)
        {
            // The stream was torn down on purpose.
        }
        _stop.Dispose();
    }

    private async Task ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? name = null;
        var data = new StringBuilder();
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Length > 0) _events.Writer.TryWrite(new ServerEvent(name ?? "message", data.ToString().TrimEnd('\n')));
                    name = null;
                    data.Clear();
                }
                else if (line.StartsWith(':')) continue;
                else if (line.StartsWith("event:", StringComparison.Ordinal)) name = line["event:".Length..].Trim();
                else if (line.StartsWith("data:", StringComparison.Ordinal)) data.Append(line["data:".Length..].TrimStart()).Append('\n');
            }
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }
}
