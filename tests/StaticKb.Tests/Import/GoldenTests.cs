using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import;

/// <summary>
/// The five seeds' articles as committed in Fixtures/seeds/expected: any change to the importer's output shows
/// up here, to be reviewed like code. After an intended change, regenerate with
/// <c>STATICKB_UPDATE_GOLDEN=1 dotnet test</c> and review the diff.
/// </summary>
public class GoldenTests(RealSeedsImport imported) : IClassFixture<RealSeedsImport>
{
    public static IEnumerable<object[]> Seeds => Enumerable.Range(0, 5).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Imported_article_matches_the_golden_file(int seed)
    {
        var report = imported.Report(seed);
        var actual = imported.Project.Read(report.Output!);
        var name = Path.GetFileName(report.Output!);
        var golden = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", "expected", name);
        if (Environment.GetEnvironmentVariable("STATICKB_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(SourceFixtures(), "seeds", "expected", name);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }
        Assert.True(File.Exists(golden), $"no golden file {name}; run with STATICKB_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static string SourceFixtures([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Fixtures");
}
