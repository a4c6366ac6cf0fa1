using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>The application running on a fresh SQLite store and one page of the system's Chromium open on it (1600×1000).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly TestStore store;
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private BrowserSession(TestStore store, RunningApp app, IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.store = store;
        this.playwright = playwright;
        this.browser = browser;
        App = app;
        Page = page;
    }

    public RunningApp App { get; }

    public IPage Page { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var store = TestStore.Sqlite();
        var app = await RunningApp.StartAsync(store);
        var (playwright, browser) = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            BaseURL = app.Address.ToString(),
        });
        return new BrowserSession(store, app, playwright, browser, page);
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        App.Dispose();
        await store.DisposeAsync();
    }
}
