using StaticKb.Build;
using StaticKb.Link;

namespace StaticKb.Tests.Support;

/// <summary>The repository's own site (site.yml, content/ and templates/), copied into a temporary folder.</summary>
public static class RealSite
{
    public static FixtureSite Copy()
    {
        // The minimal fixture has no templates of its own, so the copy gets the real ones; its content is replaced.
        var site = FixtureSite.Copy("minimal").Delete("content");
        FixtureSite.CopyTree(Path.Combine(RepoPaths.Root, "content"), Path.Combine(site.Root, "content"));
        site.Write("site.yml", File.ReadAllText(Path.Combine(RepoPaths.Root, "site.yml")));
        return site;
    }
}

/// <summary>
/// The real site built once (a few seconds) and shared by every test class of the "real site" collection, which
/// only read the output. Also keeps the linked site, for tests that compare pages with the content.
/// </summary>
public sealed class BuiltRealSite : IDisposable
{
    public BuiltRealSite()
    {
        Site = RealSite.Copy();
        Result = Site.Build();
        Assert.True(Result.Succeeded, Result.Diagnostics.Printed());
        Built = new BuiltSite(Site.OutputDir);
        var (linked, diagnostics) = Site.Link();
        Assert.True(linked is not null && diagnostics.All(d => !d.IsError), diagnostics.Printed());
        Linked = linked;
        SiteUrl = linked.Loaded.Config.BaseUrl.Absolute("");
    }

    public FixtureSite Site { get; }

    public BuildResult Result { get; }

    public BuiltSite Built { get; }

    public LinkedSite Linked { get; }

    /// <summary>The public root from site.yml, e.g. <c>https://example.github.io/statickb/</c>.</summary>
    public string SiteUrl { get; }

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RealSiteCollection : ICollectionFixture<BuiltRealSite>
{
    public const string Name = "real site";
}
