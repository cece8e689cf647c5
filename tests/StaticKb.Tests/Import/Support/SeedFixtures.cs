using StaticKb.Import.Seeds;

namespace StaticKb.Tests.Import.Support;

/// <summary>The five real seed articles (Fixtures/seeds), by number: SeedFixtures.Read(4) is 004_….txt.</summary>
public static class SeedFixtures
{
    public static readonly IReadOnlyList<string> Names =
    [
        "000_46fac73a961af926.txt", "001_51dc6f68c149815f.txt", "002_ab00118a2ed9e05f.txt",
        "003_c7df351171d3ac93.txt", "004_ff7f4064e8786141.txt",
    ];

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", name);

    public static SeedText Read(int number)
    {
        var name = Names[number];
        var text = SeedReader.Read("seeds/" + name, File.ReadAllBytes(PathOf(name)), new StaticKb.Diagnostics.DiagnosticBag());
        return text ?? throw new InvalidOperationException($"fixture {name} is not UTF-8");
    }

    /// <summary>A seed made of <paramref name="text"/>, as if read from seeds/test.txt.</summary>
    public static SeedText Of(string text) => new("seeds/test.txt", SeedReader.Normalise(text), SeedReader.Sha256(System.Text.Encoding.UTF8.GetBytes(text)));
}
