using System.Text.Json;
using StaticKb.Index;

namespace StaticKb.Tests.Index;

/// <summary>
/// Queries a reader types, on small realistic pages (Fixtures/pages), through the real path: pages read
/// from HTML, our index, real lunr.js, and search.js building the query. The right page must come first.
/// </summary>
public class SearchRelevanceTests
{
    private static readonly Lazy<SearchIndexOutput> Vietnamese = new(() => SearchIndexBuilder.Build("vi", FixturePages.Load("vi")));
    private static readonly Lazy<SearchIndexOutput> English = new(() => SearchIndexBuilder.Build("en", FixturePages.Load("en")));

    private static JsonElement[] Search(string language, params (string Text, bool Typing, string[] Highlight)[] queries)
    {
        var output = language == "vi" ? Vietnamese.Value : English.Value;
        using var index = NodeHarness.Temp(output.IndexJson);
        using var docs = NodeHarness.Temp(output.DocumentsJson!);
        var result = NodeHarness.Run("query", new
        {
            language,
            indexPath = index.Path,
            docsPath = docs.Path,
            queries = queries.Select(q => new { text = q.Text, typing = q.Typing, highlight = q.Highlight }),
        });
        return result.EnumerateArray().ToArray();
    }

    private static string[] Urls(JsonElement result) =>
        result.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToArray();

    private static void AssertFirst(string language, string expected, params string[] queries)
    {
        var results = Search(language, queries.Select(q => (q, false, Array.Empty<string>())).ToArray());
        for (var i = 0; i < queries.Length; i++)
        {
            var urls = Urls(results[i]);
            Assert.True(urls.Length > 0 && urls[0] == expected,
                $"[{language}] {queries[i]}: expected {expected} first, got:\n  " + string.Join("\n  ", urls.Take(5)));
        }
    }

    [Fact]
    public void VietnameseWithAndWithoutDiacriticsFindsTheArticle()
    {
        AssertFirst("vi", "vi/articles/day-manh-ngoai-giao-kinh-te-6-thang-cuoi-nam/",
            "ngoại giao kinh tế thúc đẩy tăng trưởng",
            "ngoai giao kinh te thuc day tang truong",
            "NGOAI GIAO KINH TE THUC DAY TANG TRUONG");
        // The conference's title has the whole phrase: it is the better match, and it comes first.
        AssertFirst("vi", "vi/conferences/hoi-nghi-ngoai-giao-kinh-te-2023/", "day manh ngoai giao kinh te 6 thang cuoi nam");
    }

    [Fact]
    public void DocumentNumbersFindTheirDocument()
    {
        AssertFirst("vi", "vi/documents/15-ct-tw/", "15-CT/TW", "15-ct/tw", "Chỉ thị 15", "chi thi 15", "chỉ thị 15-CT/TW");
        AssertFirst("vi", "vi/documents/355-tb-vpcp/", "355/TB-VPCP", "thông báo 355");
        AssertFirst("vi", "vi/documents/222-2025-qh15/", "222/2025/QH15", "nghị quyết 222");
        AssertFirst("en", "en/documents/15-ct-tw/", "Directive 15", "directive 15-CT/TW", "15-CT/TW");
    }

    [Fact]
    public void PeopleByNameWithOrWithoutDiacritics()
    {
        AssertFirst("vi", "vi/people/pham-minh-chinh/", "Phạm Minh Chính", "pham minh chinh");
        AssertFirst("en", "en/people/pham-minh-chinh/", "Pham Minh Chinh", "Phạm Minh Chính");
    }

    [Fact]
    public void AnExactMatchRanksAboveAFoldedOne()
    {
        var results = Search("vi", ("đường", false, Array.Empty<string>()), ("duong", false, Array.Empty<string>()), ("Dương", false, Array.Empty<string>()));

        var exact = Urls(results[0]);
        Assert.Equal("vi/articles/duong-cao-toc-bac-nam/", exact[0]);
        Assert.True(Array.IndexOf(exact, "vi/articles/duong-cao-toc-bac-nam/") < Array.IndexOf(exact, "vi/people/duong-van-minh/"));
        Assert.Contains("vi/people/duong-van-minh/", exact); // a folded match is still found

        var folded = Urls(results[1]); // without diacritics: every tone variant
        Assert.Contains("vi/articles/duong-cao-toc-bac-nam/", folded);
        Assert.Contains("vi/people/duong-van-minh/", folded);

        Assert.Equal("vi/people/duong-van-minh/", Urls(results[2])[0]);
    }

    [Fact]
    public void APhraseRanksAboveScatteredSyllables()
    {
        var results = Search("vi", ("\"hội nghị trực tuyến\"", false, Array.Empty<string>()), ("hoi nghi truc tuyen", false, Array.Empty<string>()));

        var quoted = Urls(results[0]);
        Assert.Equal("vi/articles/hoi-nghi-truc-tuyen-voi-co-quan-dai-dien/", quoted[0]);
        Assert.DoesNotContain("vi/articles/ket-noi-giao-thong-cac-tinh/", quoted); // has every syllable, not the phrase
        Assert.Equal("vi/articles/hoi-nghi-truc-tuyen-voi-co-quan-dai-dien/", Urls(results[1])[0]);
    }

    [Fact]
    public void AQuotedPhraseThatOnlyOnePageHasStillFindsThatPage()
    {
        // Its bigrams were dropped from the index as one-offs (UniquePhrases); its words still find it.
        // (Unaccented, "trong them cay xanh" would rank a title with the common word "trong" first: without
        // its bigrams the phrase is only its words.)
        AssertFirst("vi", "vi/articles/duong-cao-toc-bac-nam/", "\"trồng thêm cây xanh\"", "\"cay xanh\"");
    }

    [Fact]
    public void DecimalFiguresWithCommaOrDot()
    {
        AssertFirst("vi", "vi/articles/tang-truong-quy-ii/", "7,52", "7.52", "tăng 7,52%");
        AssertFirst("en", "en/articles/second-quarter-growth/", "7.52", "7,52");
    }

    [Fact]
    public void EnglishQueriesAreStemmedLikeTheIndex()
    {
        AssertFirst("en", "en/articles/economic-diplomacy-to-drive-growth/", "promoting economic diplomacy", "economically diplomatic promotion");
        AssertFirst("en", "en/articles/online-conference-with-representative-agencies/", "\"online conference\"", "online conferences");
    }

    [Fact]
    public void AHalfTypedWordMatchesAsAPrefixAndIsHighlighted()
    {
        var results = Search("vi", ("ngoai gia", true, new[] { "Đẩy mạnh ngoại giao kinh tế", "giá cả ổn định" }));

        Assert.NotEmpty(Urls(results[0]));
        var highlights = results[0].GetProperty("highlights");
        Assert.Equal(new[] { "ngoại", "giao" }, highlights[0].EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(new[] { "giá" }, highlights[1].EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public void HighlightsMarkWhatMatchedWithOrWithoutDiacritics()
    {
        var results = Search("en", ("pham minh chinh directives", false, new[] { "Prime Minister Phạm Minh Chính signs the directive" }));

        Assert.Equal(new[] { "Phạm", "Minh", "Chính", "directive" }, results[0].GetProperty("highlights")[0].EnumerateArray().Select(h => h.GetString()));
    }
}
