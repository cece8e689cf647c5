using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace StaticKb.Tests.Browser.Support;

/// <summary>
/// A page in its own browser context that watches what a reader cannot see: console errors (a script that
/// throws, a CSP refusal, a missing asset) and requests to any host but 127.0.0.1, which are recorded and
/// aborted before they leave the browser.
/// </summary>
public sealed class Tab : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly ConcurrentQueue<string> _foreignRequests = new();
    private readonly ConcurrentQueue<string> _failedRequests = new();

    private Tab(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors => _consoleErrors.ToList();

    public IReadOnlyList<string> ForeignRequests => _foreignRequests.Distinct().ToList();

    public IReadOnlyList<string> FailedRequests => _failedRequests.ToList();

    public static async Task<Tab> OpenAsync(IBrowser browser, BrowserNewContextOptions? options)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        // An upper bound, not a pause: a loaded CI machine can take seconds to render a page or follow a redirect.
        context.SetDefaultTimeout(45_000);
        var page = await context.NewPageAsync();
        var tab = new Tab(context, page);
        await context.RouteAsync("**/*", async route =>
        {
            if (IsLocal(route.Request.Url)) await route.ContinueAsync();
            else
            {
                tab._foreignRequests.Enqueue(route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        context.Request += (_, request) =>
        {
            if (!IsLocal(request.Url)) tab._foreignRequests.Enqueue(request.Url);
        };
        context.RequestFailed += (_, request) =>
        {
            if (IsLocal(request.Url)) tab._failedRequests.Enqueue($"{request.Url}: {request.Failure}");
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error") tab._consoleErrors.Enqueue($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => tab._consoleErrors.Enqueue($"{page.Url}: uncaught {error}");
        return tab;
    }

    /// <summary>A request is local when it stays in the page (data:, blob:, about:) or goes to 127.0.0.1.</summary>
    public static bool IsLocal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme is "data" or "blob" or "about") return true;
        return uri.Host == "127.0.0.1";
    }

    /// <summary>Opens a URL and checks the server answered with the expected status (200 unless said otherwise).</summary>
    public async Task<IResponse> GoAsync(string url, int status = 200)
    {
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"no response for {url}");
        Assert.True(response.Status == status, $"{url} answered {response.Status}, expected {status}");
        return response;
    }

    /// <summary>Clicks a link and waits until the browser has loaded the page it leads to, which must answer 200.</summary>
    public async Task FollowAsync(ILocator link)
    {
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("the link has no href");
        var target = new Uri(new Uri(Page.Url), href).GetLeftPart(UriPartial.Query);
        await NavigateAsync(() => link.ClickAsync(), target);
    }

    /// <summary>
    /// Does something that navigates (a click, Enter in a form) and waits for the page at <paramref name="target"/>
    /// (or, with <paramref name="prefix"/>, any address starting with it) to load with the expected status.
    /// </summary>
    public async Task NavigateAsync(Func<Task> action, string target, bool prefix = false, int expected = 200)
    {
        bool Matches(string url)
        {
            var withoutFragment = url.Split('#')[0];
            return prefix ? withoutFragment.StartsWith(target, StringComparison.Ordinal) : withoutFragment == target;
        }
        var response = Page.WaitForResponseAsync(r => r.Request.IsNavigationRequest && r.Frame == Page.MainFrame && Matches(r.Url));
        await action();
        var status = (await response).Status;
        Assert.True(status == expected, $"{(await response).Url} answered {status}, expected {expected}");
        // The page's address changes when the navigation commits. Asked of Playwright (WaitForURLAsync), an address
        // that already matched made it wait for a load state instead, which now and then ran into its 45 s timeout
        // although the page had loaded (once in a CI run): so the address is read until it matches.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        while (!Matches(Page.Url))
        {
            if (DateTime.UtcNow >= deadline) throw new TimeoutException($"the page stayed at {Page.Url} instead of {target} for 45 s");
            await Task.Delay(20);
        }
        await LoadedAsync();
    }

    /// <summary>
    /// Waits until the page's document has loaded, asking the document itself. Playwright's own wait for the load
    /// state after a fast navigation sometimes ran into its timeout here although the page had long loaded.
    /// </summary>
    public async Task LoadedAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        while (true)
        {
            try
            {
                if (await Page.EvaluateAsync<bool>("document.readyState === 'complete'")) return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                // The document went away under the question (another navigation); ask the next one.
            }
            if (DateTime.UtcNow >= deadline) throw new TimeoutException($"{Page.Url} did not finish loading within 45 s");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Fails when the page wrote an error to the console, a request to this host failed, or anything asked
    /// another host. <paramref name="allowed"/> lists console messages a test expects (e.g. the 404 itself).
    /// </summary>
    public void AssertClean(params string[] allowed)
    {
        var errors = ConsoleErrors.Where(e => !allowed.Any(a => e.Contains(a, StringComparison.Ordinal))).ToList();
        Assert.True(errors.Count == 0, "console errors:\n" + string.Join("\n", errors));
        Assert.True(FailedRequests.Count == 0, "failed requests:\n" + string.Join("\n", FailedRequests));
        Assert.True(ForeignRequests.Count == 0, "requests to other hosts:\n" + string.Join("\n", ForeignRequests));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
