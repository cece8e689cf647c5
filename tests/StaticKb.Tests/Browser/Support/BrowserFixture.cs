using Microsoft.Playwright;

namespace StaticKb.Tests.Browser.Support;

/// <summary>
/// One headless Chromium for all browser tests: Debian's <c>/usr/bin/chromium</c>, driven by Playwright for .NET
/// (never <c>playwright install</c>: it downloads its own browser). <c>.ci/test</c> installs Chromium with apt.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        // Belt and braces: no name resolves except 127.0.0.1, so even a request the tests fail to intercept
        // (say a DNS prefetch) cannot leave the machine.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run bash .ci/test, which installs Debian's chromium package");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh browser context and page that records console errors and every request to another host.</summary>
    public Task<Tab> OpenAsync(BrowserNewContextOptions? options = null) => Tab.OpenAsync(Browser, options);

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>The axe runs get a browser of their own so that they run beside the other browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class AxeCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "axe";
}
