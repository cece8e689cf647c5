using StaticKb.Tests.Support;

namespace StaticKb.Tests.Load;

/// <summary>
/// One bad input per case in <c>Fixtures/sites/invalid/&lt;case&gt;/</c>, laid over the valid <c>minimal</c> site.
/// The build must print exactly the case's <c>expected-diagnostics.txt</c>: every problem, each at its line and column.
/// </summary>
public class InvalidContentTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(RepoPaths.FixtureSites, "invalid")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_build_reports_exactly_the_expected_diagnostics(string @case)
    {
        using var site = FixtureSite.Copy("minimal").Overlay($"invalid/{@case}");
        var expected = File.ReadAllText(Path.Combine(RepoPaths.FixtureSites, "invalid", @case, "expected-diagnostics.txt")).ReplaceLineEndings("\n");

        var result = site.Build();

        Assert.Equal(expected, result.Diagnostics.Printed());
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.OutputDir), "a build with errors must not write the site");
    }
}
