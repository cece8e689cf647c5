namespace StaticKb.Serve;

/// <summary>How <c>statickb serve</c> runs.</summary>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one (tests and the benchmark do).</param>
/// <param name="BasePath">The path the site lives under, e.g. <c>/</c> or <c>/repo/</c>; the build's base URL is http://127.0.0.1:port plus this.</param>
/// <param name="OutputFolder">The serve-only output folder, relative to the project; <c>_site/</c> is never touched.</param>
/// <param name="Debounce">
/// How long the files must stay quiet after a change before the rebuild starts (default 20 ms: an editor's save,
/// even one written to a temporary file and renamed, is over within a millisecond or two).
/// </param>
public sealed record ServeOptions(
    string ProjectRoot,
    int Port = ServeOptions.DefaultPort,
    string BasePath = "/",
    string OutputFolder = ServeOptions.DefaultOutputFolder,
    TimeSpan? Debounce = null)
{
    public const int DefaultPort = 1313;

    /// <summary>Ignored by git through the <c>_site.*/</c> rule.</summary>
    public const string DefaultOutputFolder = "_site.serve";

    public TimeSpan DebounceOrDefault => Debounce ?? TimeSpan.FromMilliseconds(20);
}
