using System.Text;

namespace StaticKb.Tests.Import.Support;

/// <summary>A project folder in the temp directory with seeds in <c>seeds/</c>; deleted when disposed.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "statickb-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
    }

    public string Root { get; }

    /// <summary>The five real seed articles, copied in; returns their paths relative to the project.</summary>
    public IReadOnlyList<string> AddRealSeeds() => SeedFixtures.Names.Select(n => AddSeed(n, File.ReadAllBytes(SeedFixtures.PathOf(n)))).ToList();

    public string AddSeed(string name, string text) => AddSeed(name, Encoding.UTF8.GetBytes(text));

    public string AddSeed(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Root, "seeds", name), bytes);
        return "seeds/" + name;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
