namespace StaticKb.Tests.Support;

/// <summary>The bilingual fixture built once for a test class that only reads the output.</summary>
public sealed class BuiltBilingualSite : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Copy("bilingual");

    public BuiltBilingualSite()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Diagnostics.Printed());
        Built = new BuiltSite(_site.OutputDir);
    }

    public BuiltSite Built { get; }

    public void Dispose() => _site.Dispose();
}
