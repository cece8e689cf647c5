using StaticKb.Tests.Browser.Support;

namespace StaticKb.Tests.Browser;

/// <summary>
/// The timeline narrows by links (documents, conferences, one year) without JavaScript, and timeline.js adds a
/// year-range filter that hides the years outside the range. The fixture site has entries in 2022, 2023 and 2024.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task Kind_links_narrow_the_timeline_to_documents_or_conferences(string lang)
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url($"{lang}/timeline/"));
        Assert.Equal(2, await page.Locator(".timeline-entry.timeline-document").CountAsync());
        Assert.Equal(2, await page.Locator(".timeline-entry.timeline-conference").CountAsync());
        Assert.Equal(1, await page.Locator(".filter-kinds [aria-current=page]").CountAsync());

        await tab.FollowAsync(page.Locator($".filter-kinds a[href='{TestSite.BasePath}{lang}/timeline/documents/']"));
        Assert.Equal(2, await page.Locator(".timeline-entry.timeline-document").CountAsync());
        Assert.Equal(0, await page.Locator(".timeline-entry.timeline-conference").CountAsync());

        await tab.FollowAsync(page.Locator($".filter-kinds a[href='{TestSite.BasePath}{lang}/timeline/conferences/']"));
        Assert.Equal(0, await page.Locator(".timeline-entry.timeline-document").CountAsync());
        Assert.Equal(2, await page.Locator(".timeline-entry.timeline-conference").CountAsync());

        await tab.FollowAsync(page.Locator($".filter-years a[href='{TestSite.BasePath}{lang}/timeline/2023/']"));
        Assert.Equal(["2023"], await page.Locator(".timeline-year").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.year)"));
        tab.AssertClean();
    }

    [Fact]
    public async Task The_year_range_filter_hides_the_years_outside_the_range()
    {
        var site = TestSites.Sample;
        await using var tab = await browser.OpenAsync();
        var page = tab.Page;
        await tab.GoAsync(site.Url("vi/timeline/"));
        var range = page.Locator("#timeline-range");
        Assert.True(await range.IsVisibleAsync(), "timeline.js shows the range filter");
        var from = range.Locator("select").Nth(0);
        var to = range.Locator("select").Nth(1);
        Assert.Equal(["2022", "2023", "2024"], await from.Locator("option").AllTextContentsAsync());
        Assert.StartsWith("Từ năm", (await range.Locator("label").First.TextContentAsync())!.Trim());

        await from.SelectOptionAsync("2023");
        await to.SelectOptionAsync("2023");
        Assert.Equal(["2023"], await VisibleYears(page));

        await to.SelectOptionAsync("2024");
        Assert.Equal(["2023", "2024"], await VisibleYears(page));

        // A reversed range is read the right way round.
        await from.SelectOptionAsync("2024");
        await to.SelectOptionAsync("2022");
        Assert.Equal(["2022", "2023", "2024"], await VisibleYears(page));
        tab.AssertClean();
    }

    private static async Task<string[]> VisibleYears(Microsoft.Playwright.IPage page)
    {
        var years = new List<string>();
        foreach (var section in await page.Locator(".timeline-year").AllAsync())
            if (await section.IsVisibleAsync()) years.Add((await section.GetAttributeAsync("data-year"))!);
        return years.ToArray();
    }
}
