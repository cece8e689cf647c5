using System.Security.Cryptography;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Publish;

/// <summary>
/// Regression (fixed): AtomicOutput's contract (generator/Publish/AtomicOutput.cs, lines 7-9) is that after a build killed
/// mid-swap "the next build puts it back before doing anything else", but SiteBuilder.Build
/// (generator/Build/SiteBuilder.cs, lines 45-49) calls <c>Prepare</c>, which does the repair, only once the content
/// is free of errors. If the next build has a content error, <c>_site</c> stays missing (the site, or
/// <c>statickb serve</c>, serves nothing) and the old site sits in <c>_site.previous</c> until a build succeeds.
/// Fix: split the repair out of Prepare (e.g. <c>AtomicOutput.Recover()</c>) and run it at the start of Build,
/// before Load; keep the "not made by statickb" check where it is.
/// </summary>
public class Regressions_PublishTests
{
    [Fact]
    public void A_failing_build_after_a_killed_swap_still_puts_the_previous_site_back()
    {
        using var site = FixtureSite.Copy("minimal");
        Assert.True(site.Build().Succeeded);
        var before = new BuiltSite(site.OutputDir).Files().ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(new BuiltSite(site.OutputDir).Bytes(f))));
        Directory.Move(site.OutputDir, site.OutputDir + ".previous"); // killed between the two renames
        site.Write("content/vi/articles/loi.md", "---\ntitle: Lỗi\n---\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.True(Directory.Exists(site.OutputDir), "_site is still missing after the next build");
        Assert.Equal(before, new BuiltSite(site.OutputDir).Files().ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(new BuiltSite(site.OutputDir).Bytes(f)))));
    }
}
