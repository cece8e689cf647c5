using System.Text.Json;
using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// Our index, loaded into real lunr.js 2.3.9, against an index lunr.js's own Builder makes from the same
/// documents with the same pipeline (our analysers, as search.js registers them with lunr): the JSON is the
/// same byte for byte once lunr's term numbers are renamed to ours, and queries rank the same.
/// </summary>
public class LunrCompatibilityTests
{
    private static readonly (string Text, bool Typing)[] Queries =
    {
        ("ngoai giao kinh te", false), ("ngoại giao kinh tế", false), ("đường", false), ("duong", false),
        ("\"hội nghị trực tuyến\"", false), ("Chỉ thị 15", false), ("15-CT/TW", false), ("7,52", false),
        ("pham minh chinh", false), ("ngoai gi", true), ("economic diplomacy", false), ("Directive 15", false),
        ("\"online conference\"", false), ("7.52", false), ("confer", true), ("directives of the secretariat", false),
    };

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void LunrLoadsOurIndexAndRanksExactlyAsItsOwn(string language)
    {
        var (vi, en) = SyntheticCorpus.Generate(articlePairs: 30, wordsPerArticle: 300);
        var pages = FixturePages.Load(language).Concat(language == "vi" ? vi : en).ToList();
        var output = SearchIndexBuilder.Build(language, pages);

        using var index = NodeHarness.Temp(output.IndexJson);
        var input = JsonDocument.Parse(LunrInputJson.Write(language, pages, refs: "position")).RootElement;
        var result = NodeHarness.Run("compat", new
        {
            language,
            fields = input.GetProperty("fields"),
            documents = input.GetProperty("documents"),
            indexPath = index.Path,
            queries = Queries.Select(q => new { text = q.Text, typing = q.Typing }),
        });

        Assert.True(result.GetProperty("identicalJson").GetBoolean(),
            "our JSON differs from lunr's (after renumbering terms): " + result.GetProperty("difference"));
        foreach (var query in result.GetProperty("queries").EnumerateArray())
            Assert.True(query.GetProperty("same").GetBoolean(), "ranking differs: " + query);
        Assert.Contains(result.GetProperty("queries").EnumerateArray(), q => q.GetProperty("count").GetInt32() > 3);
    }
}
