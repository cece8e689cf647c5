using StaticKb.Index;

namespace StaticKb.Tests.Index;

public class SearchDocumentExtractorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="vi"><head>
        <meta name="statickb:kind" content="article">
        <title>Ignored when there is an h1</title>
        <script>var notText = 1;</script>
        </head><body>
        <nav><a href="/vi/">Trang chủ</a><h2>Menu heading outside main</h2></nav>
        <main>
          <h1>Đẩy mạnh   ngoại giao
            kinh tế</h1>
          <p class="lede">Lede outside the body marker.</p>
          <div data-search-body>
            <p>Thủ tướng <a class="entity" href="/vi/people/pham-minh-chinh/" data-gloss="Pham Minh Chinh">Phạm Minh Chính</a>
               chủ trì.</p>
            <h2>Kết quả</h2>
            <p>Triển khai <a class="entity" data-doc-number="15-CT/TW" data-gloss="Directive 15-CT/TW" href="/vi/documents/15-ct-tw/">Chỉ thị 15-CT/TW</a>
               và <span data-doc-number="21/NQ-CP">21/NQ-CP</span>.</p>
            <ul><li>một</li><li>hai</li></ul>
            <p>Lại <a class="entity" href="/vi/people/pham-minh-chinh/" data-gloss="Pham Minh Chinh">Phạm Minh Chính</a>.<script>no()</script></p>
            <h3>Chi tiết</h3><h5>not a heading we keep</h5>
            <p hidden>hidden text</p><div data-search-ignore>ignored text</div>
          </div>
        </main>
        <footer>Chân trang</footer>
        </body></html>
        """;

    [Fact]
    public void ReadsTheFieldsTheTemplatesMark()
    {
        var doc = SearchDocumentExtractor.FromHtml("vi/articles/x/", Page)!;

        Assert.Equal("vi/articles/x/", doc.Id);
        Assert.Equal("article", doc.Kind);
        Assert.Equal("Đẩy mạnh ngoại giao kinh tế", doc.Title);
        Assert.Equal(new[] { "Kết quả", "Chi tiết" }, doc.Headings);
        Assert.Equal(new[] { "Phạm Minh Chính", "Pham Minh Chinh", "Chỉ thị 15-CT/TW", "Directive 15-CT/TW" }, doc.EntityNames);
        Assert.Equal(new[] { "15-CT/TW", "21/NQ-CP" }, doc.DocumentNumbers);
    }

    [Fact]
    public void BodyIsTheMarkedElementWithBlocksOnTheirOwnLines()
    {
        var body = SearchDocumentExtractor.FromHtml("vi/articles/x/", Page)!.Body;

        Assert.Equal(
            "Thủ tướng Phạm Minh Chính chủ trì.\nKết quả\nTriển khai Chỉ thị 15-CT/TW và 21/NQ-CP.\nmột\nhai\nLại Phạm Minh Chính.\nChi tiết\nnot a heading we keep",
            body);
    }

    [Fact]
    public void APageWithoutAKindIsNotSearchable()
    {
        Assert.Null(SearchDocumentExtractor.FromHtml("404.html", "<html><body><main><h1>Not found</h1></main></body></html>"));
    }

    [Fact]
    public void WithoutABodyMarkerTheWholeMainIsTheBodyAndTextIsNfc()
    {
        var doc = SearchDocumentExtractor.FromHtml("en/about/",
            "<meta name='statickb:kind' content='page'><main><h1>About</h1><p>Vie\u0323\u0302t Nam</p></main>")!;

        Assert.Equal("About\nViệt Nam", doc.Body);
        Assert.Empty(doc.Headings);
    }
}
