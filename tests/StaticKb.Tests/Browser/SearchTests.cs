using Microsoft.Playwright;
using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Browser;

/// <summary>
/// Search in the browser: lunr.js and the language's index load on first use, results appear as the reader types,
/// with the matched words in &lt;mark&gt;, and each result leads to its page under the site's base path.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("vi", "thông minh", "Lạng Sơn thí điểm cửa khẩu thông minh")]
    [InlineData("vi", "thong minh", "Lạng Sơn thí điểm cửa khẩu thông minh")] // typed without diacritics
    [InlineData("en", "growth", "Second-quarter economic growth reaches 7.96%")]
    public async Task Typing_a_query_shows_highlighted_results_that_lead_to_their_pages(string lang, string query, string expectedTitle)
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url($"{lang}/search/"));
        await page.Locator("#search-input").PressSequentiallyAsync(query, new() { Delay = 20 });

        var result = page.Locator("#search-results li a.search-result-title").Filter(new() { HasText = expectedTitle });
        await result.WaitForAsync();
        var marks = await page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.Contains(marks, m => query.Split(' ').Select(Fold).Contains(Fold(m)));
        Assert.True((await result.Locator("mark").CountAsync()) > 0, "the matching words of the title are highlighted");
        Assert.Matches(@"^\d+ ", await page.Locator("#search-status").TextContentAsync());
        Assert.Equal(query, new Uri(page.Url).Query.TrimStart('?').Split('&').Select(p => Uri.UnescapeDataString(p.Replace('+', ' '))).Single(p => p.StartsWith("q=", StringComparison.Ordinal))[2..]);

        await tab.FollowAsync(result);
        Assert.StartsWith(site.Url($"{lang}/articles/"), page.Url);
        Assert.Equal(expectedTitle, (await page.Locator("h1").TextContentAsync())!.Trim());
        tab.AssertClean();
    }

    [Fact]
    public async Task The_search_box_in_the_header_opens_the_search_page_with_results()
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url("vi/documents/chi-thi-15/"));
        await page.Locator("#q-header").FillAsync("15-CT/TW");
        await tab.NavigateAsync(() => page.Locator("#q-header").PressAsync("Enter"), site.Url("vi/search/?q="), prefix: true);
        Assert.Equal("15-CT/TW", await page.Locator("#search-input").InputValueAsync());
        var document = page.Locator($"#search-results a.search-result-title[href='{site.Url("vi/documents/chi-thi-15/")}']");
        await document.WaitForAsync();
        Assert.Contains("15-CT/TW", await document.Locator("mark").AllTextContentsAsync());
        tab.AssertClean();
    }

    [Fact]
    public async Task Keyboard_arrows_choose_a_result_and_Enter_opens_it()
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url("en/search/?q=Directive"));
        await page.Locator("#search-results li").First.WaitForAsync();
        var href = await page.Locator("#search-results li a").First.GetAttributeAsync("href");
        await page.Locator("#search-input").PressAsync("ArrowDown");
        Assert.Equal("search-result-0", await page.Locator("#search-input").GetAttributeAsync("aria-activedescendant"));
        await tab.NavigateAsync(() => page.Locator("#search-input").PressAsync("Enter"), href!);
        tab.AssertClean();
    }

    /// <summary>On the real content: searching an entity's name finds its page.</summary>
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task Searching_the_real_site_for_an_entity_name_finds_its_page(string lang)
    {
        var site = TestSites.Real;
        var entity = new[] { "documents", "conferences", "people", "organisations", "places" }
            .SelectMany(kind => site.PagesIn(lang, kind)).First();
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url(entity));
        var name = (await page.Locator("article.entity h1").TextContentAsync())!.Trim();

        await tab.GoAsync(site.Url($"{lang}/search/?q={Uri.EscapeDataString(name)}"));
        var hit = page.Locator($"#search-results a.search-result-title[href='{site.Url(entity)}']");
        await hit.WaitForAsync();
        Assert.True(await hit.Locator("mark").CountAsync() > 0);
        await tab.FollowAsync(hit);
        Assert.Equal(name, (await page.Locator("article.entity h1").TextContentAsync())!.Trim());
        tab.AssertClean();
    }

    /// <summary>Lower case without diacritics, so a highlighted word can be compared with the query as typed.</summary>
    private static string Fold(string s) =>
        new(s.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c == 'đ' ? 'd' : c).ToArray());
}
