using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticKb.Build;
using StaticKb.Index;
using StaticKb.Tests.Browser.Support;
using Xunit.Abstractions;

namespace StaticKb.Tests.Browser;

/// <summary>
/// Search on a sharded index, in the browser: the page fetches the manifest, then only the shards its query's
/// terms are in and the parts of the document store for the results it shows, and each file once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShardedSearchTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>
    /// The fixture site built with a threshold of 1 KB, so its small indexes are sharded too, and heads of 2
    /// pages, so that its common words are split into heads and blocks.
    /// </summary>
    [Fact]
    public async Task A_sharded_site_finds_highlights_and_leads_to_the_page_without_the_whole_index()
    {
        var project = TestProject.FromFixture("sample-sharded", Path.Combine("Browser", "Fixtures", "site"));
        File.AppendAllText(Path.Combine(project.Dir, "site.yml"), "\nsearch_shard_threshold_kb: 1\nsearch_head_pages: 2\n");
        using var site = TestSite.Build(project);
        var assetsDir = Path.Combine(site.OutputDir, "assets");
        var assets = Directory.EnumerateFiles(assetsDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(assetsDir, f).Replace('\\', '/')).ToList();
        Assert.Contains(assets, a => Regex.IsMatch(a, @"^search-vi-[0-9a-f]{10}/\d+/\d+\.json$"));
        Assert.Contains(assets, a => Regex.IsMatch(a, @"^search-vi-[0-9a-f]{10}/\d+/\d+/\d+\.json$"));
        Assert.Contains(site.Result.IndexSizes!, s => s.Language == "vi" && s.Blocks >= 1);
        Assert.Contains(assets, a => Regex.IsMatch(a, @"^search-docs-vi-[0-9a-f]{10}/\d+/\d+\.json$"));
        Assert.Contains(site.Result.IndexSizes!, s => s.Language == "vi" && s.Shards >= 1);

        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        var fetched = Record(page);
        await tab.GoAsync(site.Url("vi/search/"));
        var manifest = await page.Locator("#search").GetAttributeAsync("data-index");
        Assert.Equal(manifest, await page.Locator("#search").GetAttributeAsync("data-docs"));

        await page.Locator("#search-input").PressSequentiallyAsync("thong minh", new() { Delay = 20 });
        var result = page.Locator("#search-results li a.search-result-title").Filter(new() { HasText = "Lạng Sơn thí điểm cửa khẩu thông minh" });
        await result.WaitForAsync();
        Assert.True(await result.Locator("mark").CountAsync() > 0, "the matching words of the title are highlighted");
        var files = fetched.Select(f => AssetName(f.Url)).Where(f => f.StartsWith("search", StringComparison.Ordinal)).ToList();
        Assert.Contains(files, f => manifest!.EndsWith(f, StringComparison.Ordinal));
        Assert.Contains(files, f => Regex.IsMatch(f, @"^search-vi-[0-9a-f]{10}/\d+/\d+\.json$"));
        Assert.Equal(files.Distinct().Count(), files.Count);

        await tab.FollowAsync(result);
        Assert.Equal("Lạng Sơn thí điểm cửa khẩu thông minh", (await page.Locator("h1").TextContentAsync())!.Trim());
        tab.AssertClean();
    }

    /// <summary>
    /// A generated corpus (1,000 Vietnamese articles; `statickb bench search --pairs 10000` gives the 10k figures),
    /// its search files served with a bare page that loads the real search.js and lunr.js: the bytes fetched for a
    /// first and a second query are a small part of the index, and the second fetches nothing the first did.
    /// </summary>
    [Fact]
    public async Task A_query_on_a_large_corpus_fetches_a_small_part_of_the_index_and_the_next_one_less()
    {
        var (vi, _) = SyntheticCorpus.Generate(articlePairs: 1000);
        var built = SearchIndexBuilder.Build("vi", vi, SearchSharding.FromKb(SearchSharding.DefaultThresholdKb));
        Assert.True(built.IsSharded);

        var root = Directory.CreateTempSubdirectory("statickb-sharded-");
        try
        {
            var assets = WriteSearchPage(root.FullName, built);
            var wholeGzip = GzipSize(SearchIndexBuilder.Build("vi", vi).IndexJson);

            await using var corpus = await OpenCorpusAsync(root.FullName);
            var (tab, page, fetched) = (corpus.Tab, corpus.Tab.Page, corpus.Fetched);

            // A reader refines a search: the second query adds a word to the first.
            var words = vi[3].Title.Split(' ');
            var first = await Query(page, fetched, string.Join(' ', words.Take(2)), assets);
            var second = await Query(page, fetched, string.Join(' ', words.Take(3)), assets);

            output.WriteLine($"whole index: {wholeGzip / 1024.0:F1} KB gzip (without its results list)");
            output.WriteLine($"first query: {first.Files.Count} files, {first.GzipBytes / 1024.0:F1} KB gzip: {string.Join(", ", first.Files)}");
            output.WriteLine($"second query: {second.Files.Count} files, {second.GzipBytes / 1024.0:F1} KB gzip: {string.Join(", ", second.Files)}");

            Assert.Contains("search-vi.json", first.Files);
            Assert.Contains(first.Files, f => f.StartsWith("search-docs-vi-", StringComparison.Ordinal));
            Assert.Contains(first.Files, f => Regex.IsMatch(f, @"^search-vi-[0-9a-f]{10}/\d+/\d+\.json$"));
            Assert.Empty(second.Files.Intersect(first.Files)); // fetched once, then cached
            Assert.DoesNotContain("search-vi.json", second.Files);
            Assert.True(first.GzipBytes < wholeGzip / 20, $"the first query fetched {first.GzipBytes} bytes gzip of a {wholeGzip}-byte index");
            Assert.True(second.GzipBytes < wholeGzip / 20, $"the second query fetched {second.GzipBytes} bytes gzip of a {wholeGzip}-byte index");
            Assert.True(second.Files.Count(f => f.StartsWith("search-vi-", StringComparison.Ordinal)) < first.Files.Count(f => f.StartsWith("search-vi-", StringComparison.Ordinal)),
                "the shards of the words already searched for are not fetched again");
            tab.AssertClean();
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A 1,000-article corpus with heads of 100 pages: a two-word query is ranked from the heads and the blocks
    /// it asks for, a page at a time. The page says how many results there are at least, and what it shows,
    /// then what "more" adds, is the whole index's first results in its order (the whole index asked in the
    /// same page, after the query).
    /// </summary>
    [Fact]
    public async Task Common_words_are_ranked_from_their_heads_a_page_at_a_time_as_the_whole_index_ranks_them()
    {
        var (vi, _) = SyntheticCorpus.Generate(articlePairs: 1000);
        var built = SearchIndexBuilder.Build("vi", vi, SearchSharding.FromKb(SearchSharding.DefaultThresholdKb).WithHeadPages(100));
        var whole = SearchIndexBuilder.Build("vi", vi);
        var root = Directory.CreateTempSubdirectory("statickb-heads-");
        try
        {
            var assets = WriteSearchPageWithWhole(root.FullName, built, whole);

            await using var corpus = await OpenCorpusAsync(root.FullName);
            var (tab, page, fetched) = (corpus.Tab, corpus.Tab.Page, corpus.Fetched);

            var query = string.Join(' ', vi[3].Title.Split(' ').Take(2));
            await page.Locator("#search-input").FillAsync(query);
            await page.WaitForFunctionAsync("() => /^Ít nhất \\d+ kết quả$/.test(document.getElementById('search-status').textContent)");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            List<string> files;
            lock (fetched) files = fetched.Select(f => AssetName(f.Url)).ToList();
            var blocks = files.Where(f => Regex.IsMatch(f, @"^search-vi-[0-9a-f]{10}/\d+/\d+/\d+\.json$")).ToList();
            var allBlocks = built.Parts.Count(p => SearchShards.IsBlockFileName(p.Name));
            output.WriteLine($"{query}: {files.Count} files, {blocks.Count} of the index's {allBlocks} blocks");
            Assert.True(blocks.Count < allBlocks / 10, $"{blocks.Count} blocks of {allBlocks} fetched");
            Assert.Equal(10, await page.Locator("#search-results li.search-result").CountAsync());
            var atLeast = int.Parse(Regex.Match((await page.Locator("#search-status").TextContentAsync())!, @"\d+").Value);

            // The whole index's results for the same query, asked in the same page, as urls.
            var (total, expected) = await WholeResults(page, query, 20);
            Assert.InRange(atLeast, 10, total);
            Assert.Equal(expected.Take(10), await Hrefs(page));

            await page.Locator("li.search-more button").ClickAsync();
            await page.Locator("#search-results li.search-result").Nth(19).WaitForAsync();
            Assert.Equal(expected.Take(20), await Hrefs(page));
            // The list is still ranked from heads: there may be more, and the page says so.
            Assert.Equal(1, await page.Locator("li.search-more button").CountAsync());
            Assert.Matches(@"^Ít nhất \d+ kết quả$", (await page.Locator("#search-status").TextContentAsync())!);
            tab.AssertClean();
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A half-typed word whose prefix spans several shards: the page fetches the prefixes file, then only the shards
    /// it lists for that prefix (not every shard the prefix spans), and shows the whole index's results.
    /// </summary>
    [Fact]
    public async Task A_half_typed_word_fetches_only_the_shards_that_hold_its_completions()
    {
        var (vi, _) = SyntheticCorpus.Generate(articlePairs: 1000);
        var built = SearchIndexBuilder.Build("vi", vi, SearchSharding.FromKb(SearchSharding.DefaultThresholdKb) with { PrefixesFrom = 2 });
        var whole = SearchIndexBuilder.Build("vi", vi);
        var manifest = JsonDocument.Parse(built.IndexJson).RootElement.GetProperty("shards");
        var prefixesName = SearchShards.PrefixesFileName("vi", manifest.GetProperty("hash").GetString()!);
        // The listed prefix that saves the most: the most shards spanned that it does not list.
        var keys = manifest.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();
        var (prefix, listed) = JsonDocument.Parse(built.Parts.Single(p => p.Name == prefixesName).Utf8).RootElement.EnumerateObject()
            .Select(p => (p.Name, Shards: p.Value.EnumerateArray().Select(i => i.GetInt32()).ToList()))
            .MaxBy(p => PrefixShards.Span(keys, p.Name) - p.Shards.Count);
        Assert.True(PrefixShards.Span(keys, prefix) > listed.Count, $"{prefix} lists as many shards as it spans");
        var root = Directory.CreateTempSubdirectory("statickb-prefixes-");
        try
        {
            var assets = WriteSearchPageWithWhole(root.FullName, built, whole);
            await using var corpus = await OpenCorpusAsync(root.FullName);
            var (tab, page, fetched) = (corpus.Tab, corpus.Tab.Page, corpus.Fetched);

            var query = vi[3].Title.Split(' ')[0] + " " + prefix;
            var (files, _) = await Query(page, fetched, query, assets);
            output.WriteLine($"{query}: {string.Join(", ", files)}; {prefix} spans {PrefixShards.Span(keys, prefix)} shards and lists {listed.Count}");
            Assert.Contains(prefixesName, files);
            var shards = files.Select(f => Regex.Match(f, @"^search-vi-[0-9a-f]{10}/\d+/(\d+)\.json$")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToList();
            // The shards the prefix spans but does not list are not fetched; but for the first, where the typed
            // letters are also looked up as a word, and the first word's.
            var spanned = Enumerable.Range(PrefixShards.ShardFor(keys, prefix), PrefixShards.Span(keys, prefix)).Skip(1).ToList();
            var firstWord = PrefixShards.ShardFor(keys, SearchShards.RoutingKey(vi[3].Title.Split(' ')[0].ToLowerInvariant()));
            Assert.Empty(spanned.Except(listed).Except([firstWord]).Intersect(shards));
            Assert.NotEmpty(listed.Intersect(shards));

            var (_, expected) = await WholeResults(page, query, 10);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await Hrefs(page));
            tab.AssertClean();
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A common word's written forms are shards of their own on a 1,000-article corpus: typed with its diacritics, the
    /// word fetches its key's shard, then its form's, and the page shows the whole index's results; typed without
    /// them, it fetches none of the word's forms.
    /// </summary>
    [Fact]
    public async Task A_word_typed_with_diacritics_fetches_its_own_form_and_without_them_none()
    {
        var (vi, _) = SyntheticCorpus.Generate(articlePairs: 1000);
        var built = SearchIndexBuilder.Build("vi", vi, SearchSharding.FromKb(SearchSharding.DefaultThresholdKb));
        var whole = SearchIndexBuilder.Build("vi", vi);
        // The word shard that names the most written forms apart, and its first form.
        var (keyShard, forms) = built.Parts
            .Select(p => (Match: Regex.Match(p.Name, @"^search-vi-[0-9a-f]{10}/\d+/(\d+)\.json$"), p.Utf8))
            .Where(x => x.Match.Success)
            .Select(x => (Shard: x.Match.Groups[1].Value, Root: JsonDocument.Parse(x.Utf8).RootElement))
            .Where(x => x.Root.TryGetProperty("forms", out _))
            .Select(x => (x.Shard, Forms: x.Root.GetProperty("forms").EnumerateArray().Select(f => (Term: f[0].GetString()!, Shard: f[2].GetInt32().ToString())).ToList()))
            .MaxBy(x => x.Forms.Count);
        Assert.True(forms.Count >= 2, $"shard {keyShard} names {forms.Count} written forms apart");
        var form = forms[0];
        var folded = SearchShards.RoutingKey(form.Term);
        var root = Directory.CreateTempSubdirectory("statickb-forms-");
        try
        {
            var assets = WriteSearchPageWithWhole(root.FullName, built, whole);
            await using var corpus = await OpenCorpusAsync(root.FullName);
            var (tab, page, fetched) = (corpus.Tab, corpus.Tab.Page, corpus.Fetched);
            string? ShardOf(string file) => Regex.Match(file, @"^search-vi-[0-9a-f]{10}/\d+/(\d+)\.json$") is { Success: true } m ? m.Groups[1].Value : null;

            // Without diacritics: the key's shard, which holds the folded forms, and none of the word's forms.
            var (files, _) = await Query(page, fetched, folded, assets);
            output.WriteLine($"{folded}: {string.Join(", ", files)}; shard {keyShard} names {string.Join(", ", forms)}");
            var shards = files.Select(ShardOf).OfType<string>().ToList();
            Assert.Contains(keyShard, shards);
            Assert.Empty(forms.Select(f => f.Shard).Intersect(shards));
            var (_, expected) = await WholeResults(page, folded, 10);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await Hrefs(page));

            // With them: the form's own shard (the key's is fetched already), and none of the word's other forms.
            (files, _) = await Query(page, fetched, form.Term, assets);
            output.WriteLine($"{form.Term}: {string.Join(", ", files)}");
            shards = files.Select(ShardOf).OfType<string>().ToList();
            Assert.Contains(form.Shard, shards);
            Assert.Empty(forms.Skip(1).Select(f => f.Shard).Intersect(shards));
            (_, expected) = await WholeResults(page, form.Term, 10);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await Hrefs(page));
            tab.AssertClean();
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>A bare search page served from a folder, open in a tab that records what the page fetches.</summary>
    private sealed class CorpusPage(StaticSiteServer server, Tab tab, List<Fetched> fetched) : IAsyncDisposable
    {
        public Tab Tab => tab;
        public List<Fetched> Fetched => fetched;

        public async ValueTask DisposeAsync()
        {
            await tab.DisposeAsync();
            server.Dispose();
        }
    }

    /// <summary>Serves <paramref name="root"/> at /corpus/ and opens the page there in a new tab.</summary>
    private async Task<CorpusPage> OpenCorpusAsync(string root)
    {
        var port = StaticSiteServer.FreePort();
        var server = new StaticSiteServer(root, "/corpus/", port);
        var tab = await browser.OpenAsync();
        var corpus = new CorpusPage(server, tab, Record(tab.Page));
        try
        {
            await tab.GoAsync($"http://127.0.0.1:{port}/corpus/");
        }
        catch
        {
            await corpus.DisposeAsync();
            throw;
        }
        return corpus;
    }

    /// <summary>The bare Vietnamese search page over a sharded index's files (its manifest as search-vi.json); returns the assets folder.</summary>
    private static string WriteSearchPage(string root, SearchIndexOutput built) => BareSearchPage.Write(root, Repo.Root, "vi", built);

    /// <summary>
    /// The bare search page over a sharded index, with the whole index and its results list beside it
    /// (assets/whole-vi.json, whole-docs-vi.json) for <see cref="WholeResults"/>; returns the assets folder.
    /// </summary>
    private static string WriteSearchPageWithWhole(string root, SearchIndexOutput built, SearchIndexOutput whole)
    {
        var assets = WriteSearchPage(root, built);
        File.WriteAllText(Path.Combine(assets, "whole-vi.json"), whole.IndexJson);
        File.WriteAllText(Path.Combine(assets, "whole-docs-vi.json"), whole.DocumentsJson);
        return assets;
    }

    /// <summary>
    /// The whole index's results for a query as typed (how many, and the urls of the first <paramref name="count"/>),
    /// asked in the page with the page's search.js. On a busy machine, loading the 1,000-article index takes seconds.
    /// </summary>
    private static async Task<(int Total, string[] First)> WholeResults(IPage page, string query, int count)
    {
        var results = await page.EvaluateAsync<JsonElement>("""
            async ([q, n]) => {
              const index = lunr.Index.load(await (await fetch('assets/whole-vi.json')).json());
              const docs = (await (await fetch('assets/whole-docs-vi.json')).json()).docs;
              const results = StaticKbSearch.search(lunr, index, 'vi', q, true);
              return { total: results.length, first: results.slice(0, n).map((r) => new URL(docs[Number(r.ref)].url, location.href).href) };
            }
            """, new object[] { query, count });
        return (results.GetProperty("total").GetInt32(), results.GetProperty("first").EnumerateArray().Select(u => u.GetString()!).ToArray());
    }

    private static async Task<string[]> Hrefs(IPage page) =>
        (await page.Locator("#search-results li.search-result a.search-result-title").EvaluateAllAsync<string[]>("links => links.map((a) => a.href)"));

    private sealed record Fetched(string Url);

    /// <summary>A fetched file's path under assets/ (a sharded index's files are in folders: search-vi-{hash}/0/3.json).</summary>
    private static string AssetName(string url)
    {
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath);
        var at = path.LastIndexOf("/assets/", StringComparison.Ordinal);
        return at < 0 ? Path.GetFileName(path) : path[(at + "/assets/".Length)..];
    }

    private static List<Fetched> Record(IPage page)
    {
        var fetched = new List<Fetched>();
        page.RequestFinished += (_, request) => { lock (fetched) fetched.Add(new Fetched(request.Url)); };
        return fetched;
    }

    /// <summary>Fills the box with a query, waits for its results, and returns the search files fetched for it.</summary>
    private static async Task<(List<string> Files, long GzipBytes)> Query(IPage page, List<Fetched> fetched, string query, string assets)
    {
        int before;
        lock (fetched) before = fetched.Count;
        await page.Locator("#search-input").FillAsync(query);
        // "N kết quả", or "Ít nhất N kết quả" when common words were ranked from their heads.
        await page.WaitForFunctionAsync("q => new URL(location.href).searchParams.get('q') === q && /^(Ít nhất )?\\d+ /.test(document.getElementById('search-status').textContent)", query);
        Assert.True(await page.Locator("#search-results li.search-result").CountAsync() > 0, $"no results for {query}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        List<string> files;
        lock (fetched)
            files = fetched.Skip(before).Select(f => AssetName(f.Url))
                .Where(f => f.StartsWith("search-", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.Equal(files.Distinct().Count(), files.Count);
        return (files, files.Sum(f => GzipSize(File.ReadAllText(Path.Combine(assets, f)))));
    }

    private static long GzipSize(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        return buffer.Length;
    }
}
