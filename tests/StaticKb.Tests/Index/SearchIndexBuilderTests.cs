using System.Text.Json;
using StaticKb.Index;

namespace StaticKb.Tests.Index;

public class SearchIndexBuilderTests
{
    private static SearchDocument Doc(string id, string title, string body) =>
        new(id, "article", title, Array.Empty<string>(), body, Array.Empty<string>(), Array.Empty<string>());

    [Fact]
    public void SameInputSameBytesWhateverTheOrderOfPages()
    {
        var pages = FixturePages.Load("vi");
        var first = SearchIndexBuilder.Build("vi", pages);
        var shuffled = SearchIndexBuilder.Build("vi", pages.Reverse().ToList());

        Assert.Equal(first.IndexJson, shuffled.IndexJson);
        Assert.Equal(first.DocumentsJson, shuffled.DocumentsJson);
    }

    [Fact]
    public void TheIndexHasLunrsShapeWithShortRefsAndNoPositions()
    {
        var output = SearchIndexBuilder.Build("en", new[] { Doc("en/b/", "Beta", "economic growth"), Doc("en/a/", "Alpha", "growth") });
        using var index = JsonDocument.Parse(output.IndexJson);
        var root = index.RootElement;

        Assert.Equal(new[] { "version", "fields", "fieldVectors", "invertedIndex", "pipeline" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2.3.9", root.GetProperty("version").GetString());
        Assert.Equal(new[] { "title", "headings", "body", "entities", "docnumbers" }, root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(new[] { "stemmer" }, root.GetProperty("pipeline").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(10, root.GetProperty("fieldVectors").GetArrayLength()); // every field of every page, empty ones too
        Assert.Equal("title/0", root.GetProperty("fieldVectors")[0][0].GetString());

        var growth = root.GetProperty("invertedIndex").EnumerateArray().Single(e => e[0].GetString() == "growth")[1];
        Assert.Equal(0, growth.GetProperty("_index").GetInt32()); // the term with most postings is numbered first
        Assert.Equal(new[] { "0", "1" }, growth.GetProperty("body").EnumerateObject().Select(p => p.Name)); // en/a/ is ref 0
        Assert.All(growth.GetProperty("body").EnumerateObject(), p => Assert.Empty(p.Value.EnumerateObject()));
    }

    [Fact]
    public void DocumentsListPagesInRefOrderWithTheStartOfTheirBody()
    {
        var body = string.Join(' ', Enumerable.Repeat("ngoại giao kinh tế", 100));
        var output = SearchIndexBuilder.Build("vi", new[] { Doc("vi/b/", "B", body), Doc("vi/a/", "A", "ngắn") });
        using var docs = JsonDocument.Parse(output.DocumentsJson!);

        var list = docs.RootElement.GetProperty("docs");
        Assert.Equal("vi", docs.RootElement.GetProperty("language").GetString());
        Assert.Equal(new[] { "vi/a/", "vi/b/" }, list.EnumerateArray().Select(d => d.GetProperty("url").GetString()));
        Assert.Equal("article", list[0].GetProperty("kind").GetString());
        var text = list[1].GetProperty("text").GetString()!;
        Assert.True(text.Length <= SearchDocumentsJson.SnippetSourceLength && text.Length > 400);
        Assert.StartsWith(text + " ", body); // cut between words
    }

    [Fact]
    public void BigramsThatOnlyOneFieldOfOnePageHasAreLeftOut()
    {
        var output = SearchIndexBuilder.Build("vi", new[] { Doc("vi/a/", "Ngoại giao", "kinh tế xanh"), Doc("vi/b/", "Khác", "kinh tế") });

        Assert.Contains("\"+kinh te\"", output.IndexJson);     // two pages
        Assert.DoesNotContain("\"+te xanh\"", output.IndexJson); // one page
        Assert.DoesNotContain("\"+ngoai giao\"", output.IndexJson);
        Assert.Contains("\"~ngoai\"", output.IndexJson);         // words are all kept
    }

    [Fact]
    public void TwoPagesWithOneUrlAreAnError()
    {
        Assert.Throws<ArgumentException>(() => SearchIndexBuilder.Build("vi", new[] { Doc("vi/a/", "A", "x"), Doc("vi/a/", "B", "y") }));
    }

    [Fact]
    public void AnEmptySiteGivesALoadableEmptyIndex()
    {
        var output = SearchIndexBuilder.Build("vi", Array.Empty<SearchDocument>());

        Assert.Equal("{\"version\":\"2.3.9\",\"fields\":[\"title\",\"headings\",\"body\",\"entities\",\"docnumbers\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[]}", output.IndexJson);
    }
}
