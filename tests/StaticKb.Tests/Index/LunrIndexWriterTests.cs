using StaticKb.Index;

namespace StaticKb.Tests.Index;

public class LunrIndexWriterTests
{
    // A large index groups its postings by term on several workers, each filling the groups of a range of terms.
    // Small sites use one, so the split is forced here: the index must not depend on it.
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void PostingsGroupedOnSeveralWorkersGiveTheSameIndex(string language)
    {
        var pages = FixturePages.Load(language).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var alone = SearchIndexBuilder.Writer(language, pages, groupingWorkers: 1).ToJson();

        foreach (var workers in new[] { 2, 3, 7 })
            Assert.Equal(alone, SearchIndexBuilder.Writer(language, pages, workers).ToJson());
    }

    [Fact]
    public void ShardsWithHeadsAndTailsAreTheSameWhateverTheWorkers()
    {
        var pages = FixturePages.Load("vi").OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        // Heads of 2 pages and tails from 3: the fixture's common words are split, so blocks are written too.
        var sharding = new SearchSharding(0, ShardChars: 2048, TailFromPages: 3, HeadPages: 2, BlockPages: 2);
        string[] Files(int workers) => SearchShards.Write("vi", pages, SearchIndexBuilder.Writer("vi", pages, workers), sharding)
            .Parts.Select(p => p.Name + "\n" + p.JsonText()).ToArray();

        var alone = Files(1);
        Assert.Contains(alone, f => SearchShards.IsBlockFileName(f[..f.IndexOf('\n')]));
        Assert.Equal(alone, Files(3));
    }
}
