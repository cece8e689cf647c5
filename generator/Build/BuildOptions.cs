using StaticKb.Publish;

namespace StaticKb.Build;

/// <summary>What to build and where. Null overrides fall back to site.yml.</summary>
/// <param name="FingerprintSearchFiles">
/// Name the search files by their content hash, as published sites need. <c>statickb serve</c> turns it off: the
/// index changes with every edit, and a new name in every page would make every page change with it.
/// </param>
/// <param name="DeferSearchIndex">
/// With a build cache and unfingerprinted search files: publish the pages with the previous search files and make
/// the new ones afterwards (<see cref="BuildResult.PendingSearchFiles"/>). <c>statickb serve</c> reloads the page as
/// soon as the pages are written; the search index follows a moment later.
/// </param>
/// <param name="Threads">Threads the build may use; null uses every core. The output is byte-identical whatever the number.</param>
/// <param name="DeferLinkCheck">
/// Without <paramref name="Strict"/> (a broken link is then a warning that changes no file) and without
/// <paramref name="WriteOutput"/> (the caller publishes <see cref="BuildResult.Files"/>): check the links after the build (<see cref="BuildResult.PendingLinkCheck"/>). <c>statickb serve</c> reloads the page first and prints
/// the warnings a moment later.
/// </param>
public sealed record BuildOptions(string ProjectRoot, string? BaseUrl = null, string? OutputDir = null, bool WriteOutput = true, bool Strict = false,
    bool FingerprintSearchFiles = true, int? Threads = null, bool DeferSearchIndex = false, bool DeferLinkCheck = false)
{
    /// <summary>
    /// With a build cache and unfingerprinted search files, when only article bodies changed since the last build:
    /// called with those articles' own pages (article and parallel text, every language) as soon as they are
    /// rendered, before the pages that list or quote them. Not called when they gave an error. The build goes on and
    /// returns every page as usual, these included; if it then fails, the caller is expected to take them back.
    /// <c>statickb serve</c> reloads the edited page with them.
    /// </summary>
    public Action<IReadOnlyList<OutputFile>>? PagesFirst { get; init; }
}
