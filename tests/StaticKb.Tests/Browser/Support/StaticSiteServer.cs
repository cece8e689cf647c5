using System.Net;
using System.Net.Sockets;

namespace StaticKb.Tests.Browser.Support;

/// <summary>
/// Serves a built site on 127.0.0.1 below a base path, the way GitHub Pages serves a project site: folders
/// answer with their index.html, a folder without its trailing slash is redirected, and anything missing gets
/// the site's single 404.html with status 404.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;

    public StaticSiteServer(string root, string basePath, int port)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        _basePath = basePath;
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public int Port { get; }

    /// <summary>A port nobody listens on now, for a server started right after.</summary>
    public static int FreePort()
    {
        using var reserved = new PortReservation();
        return reserved.Port;
    }

    /// <summary>
    /// Starts a server on a reserved port: the reservation is let go only now, so that nothing else (another
    /// test's server, or an outgoing connection given that port by the system) took the port while the site
    /// whose base URL names it was being built.
    /// </summary>
    public StaticSiteServer(string root, string basePath, PortReservation reserved) : this(root, basePath, Release(reserved)) { }

    private static int Release(PortReservation reserved)
    {
        reserved.Dispose();
        return reserved.Port;
    }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            var (status, file, location) = Resolve(path);
            response.StatusCode = status;
            if (location is not null) response.RedirectLocation = location;
            if (file is not null)
            {
                var bytes = File.ReadAllBytes(file);
                response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
                response.ContentLength64 = bytes.Length;
                if (context.Request.HttpMethod != "HEAD") response.OutputStream.Write(bytes);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException)
        {
            // The browser went away mid-response; nothing to do.
        }
        finally
        {
            try { response.Close(); } catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException) { }
        }
    }

    private (int Status, string? File, string? Location) Resolve(string urlPath)
    {
        var notFound = Path.Combine(_root, "404.html");
        (int, string?, string?) missing = (404, File.Exists(notFound) ? notFound : null, null);
        if (!urlPath.StartsWith(_basePath, StringComparison.Ordinal))
            return urlPath + "/" == _basePath ? (301, null, _basePath) : missing;
        var relative = Uri.UnescapeDataString(urlPath[_basePath.Length..]);
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root, StringComparison.Ordinal) && full + Path.DirectorySeparatorChar != _root) return missing;
        if (relative.Length == 0 || relative.EndsWith('/')) full = Path.Combine(full, "index.html");
        else if (Directory.Exists(full)) return (301, null, urlPath + "/");
        return File.Exists(full) ? (200, full, null) : missing;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}

/// <summary>A loopback port held by a listening socket until it is disposed, so that nothing else binds it meanwhile.</summary>
public sealed class PortReservation : IDisposable
{
    private readonly TcpListener _holder = new(IPAddress.Loopback, 0);

    public PortReservation()
    {
        _holder.Start();
        Port = ((IPEndPoint)_holder.LocalEndpoint).Port;
    }

    public int Port { get; }

    public void Dispose() => _holder.Stop();
}
