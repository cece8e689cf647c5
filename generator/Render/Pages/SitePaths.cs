using StaticKb.Model;

namespace StaticKb.Render.Pages;

/// <summary>
/// The URL scheme, as site-relative paths (no base path, no leading slash). A translation pair shares its path
/// below the language folder, so switching language only swaps the first segment.
/// </summary>
public static class SitePaths
{
    public const string Root = "";
    public const string NotFound = "404.html";

    public static string Home(string lang) => $"{lang}/";

    public static string Feed(string lang) => $"{lang}/feed.xml";

    public static string Figures(string lang) => $"{lang}/figures/";

    public static string Topics(string lang) => $"{lang}/topics/";

    /// <summary>The editors' page of translation states: the translations that need work, and how many are in each state.</summary>
    public static string Status(string lang) => $"{lang}/status/";

    public static string Topic(string lang, string tag) => $"{lang}/topics/{tag}/";

    /// <summary>The timeline, whole (<c>filter</c> null) or narrowed to "documents", "conferences" or a year.</summary>
    public static string Timeline(string lang, string? filter = null) => filter is null ? $"{lang}/timeline/" : $"{lang}/timeline/{filter}/";

    public static string Articles(string lang, int page = 1) => page <= 1 ? $"{lang}/articles/" : $"{lang}/articles/page/{page}/";

    public static string Article(string lang, string key) => $"{lang}/articles/{key}/";

    /// <summary>The parallel reading view of a translated article: source and translation side by side.</summary>
    public static string Parallel(string lang, string key) => $"{lang}/articles/{key}/parallel/";

    public static string EntityIndex(string lang, EntityKind kind) => $"{lang}/{kind.Folder()}/";

    /// <summary>An entity's page, or page <paramref name="page"/> of the articles that mention it.</summary>
    public static string Entity(string lang, EntityKind kind, string key, int page = 1) =>
        page <= 1 ? $"{lang}/{kind.Folder()}/{key}/" : $"{lang}/{kind.Folder()}/{key}/page/{page}/";

    /// <summary>The file a site path is written to: directories get an index.html.</summary>
    public static string File(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
