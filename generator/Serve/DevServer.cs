using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StaticKb.Serve;

/// <summary>
/// Kestrel on 127.0.0.1 only, serving the serve output folder under the site's base path:
/// <list type="bullet">
/// <item><c>/</c> (and the bare base path) redirect to the default language's home page;</item>
/// <item>a folder is its <c>index.html</c>, and a folder asked for without its slash is redirected to it;</item>
/// <item>anything else that is not a file gets the site's <c>404.html</c> with status 404;</item>
/// <item>HTML goes out with the reload script added (<see cref="ScriptInjector"/>); other files as they are on disk;</item>
/// <item><c>/__statickb/livereload.js</c> and <c>/__statickb/events</c> (<see cref="LiveReload"/>) belong to the server.</item>
/// </list>
/// Nothing is cached by the browser (<c>Cache-Control: no-store</c>), so a reload always shows the latest build.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    public const string EventsPath = "/__statickb/events";
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] ReloadScript = LoadScript();

    private readonly ServeOutput _output;
    private readonly LiveReload _live;
    private readonly string _basePath;
    private readonly Func<string> _defaultLanguage;
    private readonly Task _ready;
    private WebApplication? _app;
    private int _port;

    /// <param name="ready">Completes when the first build is over; requests wait for it.</param>
    public DevServer(ServeOutput output, LiveReload live, string basePath, Func<string> defaultLanguage, Task ready)
    {
        _output = output;
        _live = live;
        _basePath = basePath;
        _defaultLanguage = defaultLanguage;
        _ready = ready;
    }

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0: any free port) and returns the port.</summary>
    public async Task<int> StartAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, port);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return _port = new Uri(address).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _live.Close();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        // Only pages of this machine may talk to the server: a page elsewhere whose name was pointed at 127.0.0.1
        // (DNS rebinding) sends its own host name, and gets nothing.
        if (request.Host.Host is not ("127.0.0.1" or "localhost") || request.Host.Port != _port)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = request.Path.Value ?? "/";
        if (path == ScriptInjector.ScriptPath)
        {
            await SendAsync(context, 200, "text/javascript; charset=utf-8", ReloadScript);
            return;
        }
        if (path == EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        await _ready.WaitAsync(context.RequestAborted);
        if (path == "/" || path == _basePath || path + "/" == _basePath)
        {
            response.StatusCode = StatusCodes.Status302Found;
            response.Headers.Location = _basePath + _defaultLanguage() + "/";
            return;
        }
        if (!_output.HasSite)
        {
            // The first build failed: there is no site yet, only the errors (the script shows them, and reloads on a fix).
            var page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>statickb serve: build failed</title></head>" +
                "<body><p>The site has not been built yet: the build failed. Fix the errors shown here (and in the terminal).</p></body></html>";
            await SendAsync(context, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", ScriptInjector.Inject(Encoding.UTF8.GetBytes(page)));
            return;
        }
        if (path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            var sitePath = path[_basePath.Length..];
            if (sitePath.Length > 0 && !sitePath.EndsWith('/') && _output.IsFolderWithIndex(sitePath))
            {
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = path + "/" + request.QueryString;
                return;
            }
            var file = sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
            if (_output.Read(file) is { } bytes)
            {
                await SendFileAsync(context, 200, file, bytes);
                return;
            }
        }
        if (_output.Read("404.html") is { } notFound) await SendFileAsync(context, StatusCodes.Status404NotFound, "404.html", notFound);
        else await SendAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("404 Not Found"));
    }

    private static Task SendFileAsync(HttpContext context, int status, string file, byte[] bytes)
    {
        if (!ContentTypes.TryGetContentType(file, out var type)) type = "application/octet-stream";
        var html = type == "text/html";
        if (html) bytes = ScriptInjector.Inject(bytes);
        if (html || type is "text/css" or "text/javascript" or "application/json" or "text/xml" or "application/xml" or "text/plain")
            type += "; charset=utf-8";
        return SendAsync(context, status, type, bytes);
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var messages = _live.Connect();
        try
        {
            await response.StartAsync(cancel.Token);
            while (!cancel.IsCancellationRequested)
            {
                string text;
                using (var idle = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token))
                {
                    idle.CancelAfter(Heartbeat);
                    try
                    {
                        if (!await messages.WaitToReadAsync(idle.Token)) break;
                        var sb = new StringBuilder();
                        while (messages.TryRead(out var message)) sb.Append(message);
                        text = sb.ToString();
                    }
                    catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                    {
                        text = ": ping\n\n";
                    }
                }
                await response.WriteAsync(text, cancel.Token);
                await response.Body.FlushAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        catch (IOException)
        {
        }
        finally
        {
            _live.Disconnect(messages);
        }
    }

    private static byte[] LoadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("StaticKb.Serve.livereload.js")
            ?? throw new InvalidOperationException("the reload script is missing from the assembly");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
