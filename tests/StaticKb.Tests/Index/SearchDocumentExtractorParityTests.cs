using System.Text;
using StaticKb.Bench;
using StaticKb.Build;
using StaticKb.Index;
using StaticKb.Publish;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Index;

/// <summary>
/// The Index stage reads pages with a tokenizer (<see cref="SearchDocumentExtractor"/>); these tests hold it to
/// what the same rules give on the document tree AngleSharp's parser builds (<see cref="DomSearchDocumentExtractor"/>),
/// on every page the templates produce and on hand-written markup that leans on HTML's parsing rules. The same reading
/// gives the link check a searchable page's ids and links: they must be what <see cref="LinkChecker.Scan"/> finds.
/// </summary>
[Collection(RealSiteCollection.Name)]
public class SearchDocumentExtractorParityTests(BuiltRealSite real)
{
    public static TheoryData<string, string> Markup => new()
    {
        { "implied ends", "<main><h1>T<p>one<p>two<ul><li>a<li>b</ul><dl><dt>x<dd>y</dl><h2>H<h3>I</h3></main>" },
        { "hidden and ignored", "<main><h1>T</h1><div hidden><a class='entity' data-gloss='G'>in <b>hidden</b></a> gone</div><p data-search-ignore>no <span>no</span></p><p>yes</p></main>" },
        { "skipped inside a root", "<main><h1>Title <script>x()</script><svg><title>chart</title><text>1</text></svg>kept</h1><p>after</p></main>" },
        { "no h1: the title element", "<html><head><title>  Page   title </title></head><body><main><p>x</p></main></body></html>" },
        { "no main: the body", "<html><head><title>T</title><meta name='statickb:kind' content='page'></head><body><h1>Body h1</h1><p>text <a class='x entity' data-doc-number='15-CT/TW'>link</a></p></body></html>" },
        { "no main and no head tags", "<meta name='statickb:kind' content='page'><title>Only title</title><p>para<br>line<hr>after</p>" },
        { "body marker", "<main><h1>T</h1><p>before</p><section data-search-body><p>in<br>side</p><h4>four</h4><h5>five</h5></section><p>after</p></main>" },
        { "second body marker is body text", "<main><div data-search-body>one<div data-search-body>two</div></div><div data-search-body>three</div></main>" },
        { "entities", "<main><p><a class='entity' data-gloss=' Pham  Minh ' href='/x'>Phạm <i>Minh</i></a> <a class='entity-ish'>no</a> <a class='entity'><span hidden>h</span>seen</a><a class='entity'>Phạm Minh</a></p></main>" },
        { "an a inside an a", "<main><p><a class='entity'>first <a class='entity'>second</a> tail</a></p></main>" },
        { "doc numbers", "<main data-doc-number='ignored'><p data-doc-number='21/NQ-CP'>x</p><img data-doc-number='15-CT/TW'><span data-doc-number=''>y</span><b data-doc-number='21/NQ-CP'></b></main>" },
        { "tables without end tags", "<main><table><tr><td>a<td>b<tr><th>c</table><p>d</p></main><footer>after <a class='entity'>e</a></footer>" },
        { "a row's end closes its cells", "<main><table><tbody><tr><td>a<td><a class='entity'>b</a></tr></tbody></table><p data-doc-number='1/QD'>c</p></main><p>out</p>" },
        { "raw text", "<main><p>a</p><style>p { x: '<p>' }</style><textarea>t &lt;b&gt;</textarea><script>if (a < b) document.write('<p>')</script><p>b &amp; c &nbsp;d</p></main>" },
        { "template content is not the page's", "<main><template><a class='entity'>tpl</a><p data-doc-number='1/QD'>t</p></template><p>x</p></main>" },
        { "stray end tags", "<main><p>a</span></div>b</p></main><p>outside</p>" },
        { "text after main", "<main><p>in</p></main><main><p>second main</p></main><footer>foot</footer>" },
        { "nfc", "<main><h1>Vie\u0323\u0302t</h1><p>Vie\u0323\u0302t Nam</p></main>" },
        { "empty kind", "<meta name='statickb:kind' content=' '><main><p>x</p></main>" },
        { "first kind meta wins", "<meta name='statickb:kind' content='article'><meta name='statickb:kind' content='page'><main>x</main>" },
        { "buttons and selects", "<main><button>Press <a class='entity'>in button</a></button><select><option>o1<option>o2</select><p>p</p></main>" },
        { "references and comments", "<main><p id='&eacute;t'><a href='/vi/x/?a=1&amp;b=2#s&#233;' HREF='/second/'>x</a><!-- <a href='/in-comment/'> --><IMG SRC='/upper.png'><a href=/unquoted/ id=u>u</a></p><textarea><a href='/in-textarea/'></textarea><title><a href='/in-title/'></title></main>" },
        { "links and ids", "<head><link rel='canonical' href='https://x/'><link rel='stylesheet' href='/a.css'><script src='/s.js'></script></head><main id='main'><h1 id='t'>T</h1><p><a href='/vi/x/#t' id='l'>x</a><img src='/i.png'></p><form action='/vi/search/'><input id='q'></form><svg id='chart'><title id='c-title'>A &lt;chart&gt;</title><a href='/in-svg/'>s</a></svg><script>var a = '<a href=\"/not-a-link/\">';</script></main>" },
    };

    [Theory]
    [MemberData(nameof(Markup))]
    public void Hand_written_markup_reads_as_the_document_tree_does(string name, string html)
    {
        var page = html.Contains("statickb:kind", StringComparison.Ordinal) ? html : "<meta name='statickb:kind' content='page'>" + html;
        AssertSame(name, page); // the name stands for the page's id
    }

    [Fact]
    public void Links_and_ids_are_read_as_HTML_reads_them()
    {
        // The scan and the search reader share their attribute reading, so beside comparing them this names the answer:
        // references decoded, the first of two attributes kept, names case-folded, unquoted values read, and nothing
        // taken from a comment, a textarea or a title.
        var html = "<meta name='statickb:kind' content='page'><main><p id='&eacute;t'><a href='/vi/x/?a=1&amp;b=2#s&#233;' HREF='/second/'>x</a>" +
                   "<!-- <a href='/in-comment/'> --><IMG SRC='/upper.png'><a href=/unquoted/ id=u>u</a></p><textarea><a href='/in-textarea/'></textarea>" +
                   "<title><a href='/in-title/'></title><script src='/s.js'></script><link rel='canonical' href='https://example.org/'></main>";
        string[] links = ["/vi/x/?a=1&b=2#sé", "/upper.png", "/unquoted/", "/s.js"];
        string[] ids = ["u", "ét"];

        var scanned = LinkChecker.Scan(html);
        var (_, read) = SearchDocumentExtractor.Read("page/", html);

        Assert.Equal(links, scanned.Links);
        Assert.Equal(ids, scanned.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(links, read!.Links);
        Assert.Equal(ids, read.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_page_of_the_real_site_reads_as_the_document_tree_does()
    {
        var pages = real.Built.HtmlFiles();
        var searchable = 0;
        foreach (var path in pages)
            if (AssertSame(path, real.Built.Raw(path)) is not null) searchable++;
        Assert.True(searchable > 100, $"{searchable} searchable pages of {pages.Count}");
    }

    [Fact]
    public void Every_page_of_a_benchmark_corpus_reads_as_the_document_tree_does()
    {
        using var project = new TempFolder();
        BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 6);
        var result = SiteBuilder.Build(new BuildOptions(project.Path, WriteOutput: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        var pages = result.Files!.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var articles = pages.Select(f => AssertSame(f.Path, Encoding.UTF8.GetString(f.Content))).Count(d => d?.Kind == "article");
        Assert.Equal(12, articles);
    }

    private static SearchDocument? AssertSame(string id, string html)
    {
        var expected = DomSearchDocumentExtractor.FromHtml(id, html);
        var (actual, links) = SearchDocumentExtractor.Read(id, html);
        Assert.Equal(Describe(expected), Describe(actual));
        if (actual is not null) Assert.NotNull(links);
        if (links is not null)
        {
            var scanned = LinkChecker.Scan(new OutputFile(id, Encoding.UTF8.GetBytes(html)));
            Assert.Equal(scanned.Links, links.Links);
            Assert.True(scanned.Ids.SetEquals(links.Ids), $"ids of {id}: [{string.Join(", ", links.Ids)}] against [{string.Join(", ", scanned.Ids)}]");
        }
        return actual;
    }

    private static string Describe(SearchDocument? d) => d is null
        ? "(not searchable)"
        : $"kind: {d.Kind}\ntitle: {d.Title}\nheadings: {string.Join(" | ", d.Headings)}\nentities: {string.Join(" | ", d.EntityNames)}\n" +
          $"numbers: {string.Join(" | ", d.DocumentNumbers)}\nbody:\n{d.Body}";
}
