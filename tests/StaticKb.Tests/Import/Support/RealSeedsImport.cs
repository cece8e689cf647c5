using StaticKb.Import;

namespace StaticKb.Tests.Import.Support;

/// <summary>The five real seeds imported once into a temp project, shared by the tests that only read the result.</summary>
public sealed class RealSeedsImport : IDisposable
{
    public RealSeedsImport()
    {
        Project = new TempProject();
        Result = Importer.Run(new ImportOptions(Project.Root, Project.AddRealSeeds(), SeedRegistry.Entities));
    }

    public TempProject Project { get; }
    public ImportResult Result { get; }

    public ImportedArticleReport Report(int seed) => Result.Articles.Single(a => a.Seed == "seeds/" + SeedFixtures.Names[seed]);

    public ImportedFile Article(int seed) => new(Project.Read(Report(seed).Output!));

    public void Dispose() => Project.Dispose();
}
