using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>The same input builds the same bytes, so a deploy changes only what the content changed.</summary>
public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_site_are_byte_identical()
    {
        using var site = FixtureSite.Copy("bilingual");
        var first = site.Outside("first");
        var second = site.Outside("second");

        Assert.True(site.Build(output: first).Succeeded);
        Assert.True(site.Build(output: second).Succeeded);

        var a = new BuiltSite(first);
        var b = new BuiltSite(second);
        Assert.Equal(a.Files(), b.Files());
        Assert.True(a.Files().Count > 20);
        foreach (var file in a.Files())
            Assert.True(a.Bytes(file).AsSpan().SequenceEqual(b.Bytes(file)), $"{file} differs between two builds");
    }

    [Fact]
    public void A_rebuild_into_the_same_folder_changes_nothing()
    {
        using var site = FixtureSite.Copy("bilingual");
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.OutputDir);

        Assert.True(site.Build().Succeeded);

        Assert.Equal(before, Snapshot(site.OutputDir));
    }

    [Fact]
    public void Asset_names_carry_a_hash_of_their_content()
    {
        using var site = FixtureSite.Copy("minimal");
        Assert.True(site.Build(output: site.Outside("before")).Succeeded);
        site.Write("templates/assets/site.css", site.ReadText("templates/assets/site.css") + "\n.changed { color: red; }\n");
        Assert.True(site.Build(output: site.Outside("after")).Succeeded);

        string Css(string dir) => new BuiltSite(site.Outside(dir)).Files().Single(f => f.StartsWith("assets/site.") && f.EndsWith(".css"));
        string Js(string dir) => new BuiltSite(site.Outside(dir)).Files().Single(f => f.StartsWith("assets/lang.") && f.EndsWith(".js"));

        Assert.Matches(@"^assets/site\.[0-9a-f]{10}\.css$", Css("before"));
        Assert.NotEqual(Css("before"), Css("after"));
        Assert.Equal(Js("before"), Js("after"));
        Assert.Contains($"href=\"/{Css("after")}\"", new BuiltSite(site.Outside("after")).Raw("vi/index.html"));
    }

    private static Dictionary<string, string> Snapshot(string dir)
    {
        var site = new BuiltSite(dir);
        return site.Files().ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(site.Bytes(f))));
    }
}
