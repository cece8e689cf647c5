using StaticKb.Build;
using StaticKb.Index;
using StaticKb.Tests.Support;

namespace StaticKb.Tests.Build;

/// <summary>
/// A streamed build keeps each page's search text in a scratch file until the indexes are made: every text must come
/// back exactly as kept, whichever threads kept and read it, and the file must be gone once the build is done with it.
/// </summary>
public class ScratchTextsTests
{
    [Fact]
    public void Texts_kept_from_many_threads_read_back_exactly()
    {
        using var folder = new TempFolder();
        var texts = Enumerable.Range(0, 400).Select(i => i % 50 == 0 ? ""
            : string.Concat(Enumerable.Repeat($"Nghị quyết {i}/NQ-CP về ngoại giao kinh tế — “Việt Nam” 🇻🇳 {i}. ", i % 37 + 1))).ToArray();
        using var scratch = new ScratchTexts(Path.Combine(folder.Path, ".texts"));

        var readers = new Func<string>[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => readers[i] = scratch.Keep(texts[i]));

        Parallel.For(0, texts.Length, i => Assert.Equal(texts[i], readers[i]()));
        Assert.Equal(texts[123], readers[123]()); // read again: the text is still there
    }

    [Fact]
    public void Disposing_deletes_the_file_and_a_later_read_fails_rather_than_returning_nothing()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, ".texts");
        var scratch = new ScratchTexts(path);
        var read = scratch.Keep("Hội nghị Ngoại giao kinh tế");
        Assert.True(File.Exists(path));

        scratch.Dispose();

        Assert.False(File.Exists(path));
        Assert.ThrowsAny<ObjectDisposedException>(() => read());
    }

    [Fact]
    public void A_document_with_its_body_elsewhere_is_the_same_document_but_for_where_the_body_is()
    {
        var document = new SearchDocument("vi/articles/a/", "article", "Tiêu đề", ["Mục 1"], "Thân bài dài.", ["Bộ Ngoại giao"], ["24/CT-TTg"]);
        var reads = 0;

        var elsewhere = document.WithBodyElsewhere(() => { reads++; return "Thân bài dài."; });

        Assert.Equal(0, reads);
        Assert.Equal(document.Body, elsewhere.Body);
        Assert.Equal(1, reads);
        Assert.Equal((document.Id, document.Kind, document.Title), (elsewhere.Id, elsewhere.Kind, elsewhere.Title));
        Assert.Equal(document.Headings, elsewhere.Headings);
        Assert.Equal(document.EntityNames, elsewhere.EntityNames);
        Assert.Equal(document.DocumentNumbers, elsewhere.DocumentNumbers);
        Assert.Equal("Khác.", (elsewhere with { Body = "Khác." }).Body); // a body given replaces the one elsewhere
    }

    [Fact]
    public void Articles_loaded_with_their_bodies_elsewhere_read_each_body_back_and_hold_no_copy()
    {
        using var project = new TempFolder();
        StaticKb.Bench.BenchCorpus.Create(RepoPaths.Root, project.Path, pairs: 3, words: 60);
        var config = StaticKb.Config.SiteConfigReader.Read(project.Path, new(null, null), new StaticKb.Diagnostics.DiagnosticBag())!;
        var inMemory = StaticKb.Load.ContentLoader.Load(project.Path, config, new StaticKb.Diagnostics.DiagnosticBag())!;
        using var scratch = new ScratchTexts(Path.Combine(project.Path, ".bodies"));
        var kept = new System.Collections.Concurrent.ConcurrentBag<string>();

        var elsewhere = StaticKb.Load.ContentLoader.Load(project.Path, config, new StaticKb.Diagnostics.DiagnosticBag(),
            keepBody: body => { kept.Add(body); return scratch.Keep(body); })!;

        Assert.Equal(6, elsewhere.Articles.Count);
        Assert.Equal(inMemory.Articles.Select(a => a.Body).Order(StringComparer.Ordinal), kept.Order(StringComparer.Ordinal));
        foreach (var (held, read) in inMemory.Articles.Zip(elsewhere.Articles))
        {
            Assert.Equal(held.Body, read.Body);
            Assert.NotSame(read.Body, read.Body); // read anew each time, not held
            // The same article but for where its body is (lists are compared by their printed type only).
            Assert.Equal((held with { Body = "" }).ToString(), (read with { Body = "" }).ToString());
            Assert.Equal(held.Entities, read.Entities);
        }
    }
}
