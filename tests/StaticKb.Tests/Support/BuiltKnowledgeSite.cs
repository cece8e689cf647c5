namespace StaticKb.Tests.Support;

/// <summary>
/// The <c>knowledge</c> fixture (documents and conferences at every date precision, three articles, one only in
/// Vietnamese, figure series of three, two and one) built once and shared by the test classes of its collection,
/// which only read the output.
/// </summary>
public sealed class BuiltKnowledgeSite : IDisposable
{
    public BuiltKnowledgeSite()
    {
        Site = FixtureSite.Copy("knowledge");
        Result = Site.Build();
        Assert.True(Result.Succeeded, Result.Diagnostics.Printed());
        Built = new BuiltSite(Site.OutputDir);
    }

    /// <summary>The site's public root, as its site.yml sets it.</summary>
    public const string SiteUrl = "https://org.github.io/repo/";

    public FixtureSite Site { get; }

    public StaticKb.Build.BuildResult Result { get; }

    public BuiltSite Built { get; }

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class KnowledgeSiteCollection : ICollectionFixture<BuiltKnowledgeSite>
{
    public const string Name = "knowledge site";
}
