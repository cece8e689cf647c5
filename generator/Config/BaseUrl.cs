namespace StaticKb.Config;

/// <summary>
/// The public root of the site, possibly below a path (GitHub Pages project sites live at <c>/&lt;repo&gt;/</c>).
/// Every internal link is made from <see cref="Path"/>, every absolute one (canonical, feeds) from <see cref="Absolute"/>.
/// </summary>
public sealed record BaseUrl
{
    private BaseUrl(string origin, string path)
    {
        Origin = origin;
        Path = path;
    }

    /// <summary>Scheme and host, e.g. <c>https://org.github.io</c>.</summary>
    public string Origin { get; }

    /// <summary>Path with leading and trailing slash, e.g. <c>/repo/</c> or <c>/</c>.</summary>
    public string Path { get; }

    public override string ToString() => Origin + Path;

    /// <summary>Site-relative path (<c>vi/articles/</c>) to a root-relative URL (<c>/repo/vi/articles/</c>).</summary>
    public string Link(string sitePath) => Path + sitePath.TrimStart('/');

    public string Absolute(string sitePath) => Origin + Link(sitePath);

    public static BaseUrl? TryParse(string text, out string? error)
    {
        error = null;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            error = $"'{text}' is not an absolute http(s) URL such as https://example.org/ or https://org.github.io/repo/";
            return null;
        }
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            error = $"'{text}' must not have a query or fragment";
            return null;
        }
        var path = uri.AbsolutePath.TrimEnd('/') + "/";
        return new BaseUrl(uri.GetLeftPart(UriPartial.Authority), path);
    }
}
