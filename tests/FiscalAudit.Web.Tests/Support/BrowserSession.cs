using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>The application running on a SQLite store (fresh unless a test prepared one) and one page of the system's Chromium open on it (1600×1000), logged in as the administrator.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private BrowserSession(TestStore store, RunningApp app, IPlaywright playwright, IBrowser browser, IPage page)
    {
        Store = store;
        this.playwright = playwright;
        this.browser = browser;
        App = app;
        Page = page;
    }

    /// <summary>How long an action or expectation waits for the page (milliseconds).</summary>
    private const float SlowMachineWait = 30_000;

    public RunningApp App { get; }

    /// <summary>The store the application runs on (to set up what a test cannot do through the pages).</summary>
    public TestStore Store { get; }

    public IPage Page { get; }

    /// <summary>
    /// Starts the application and the browser: on a fresh store, or on <paramref name="store"/> as a test prepared it (the
    /// session disposes it), with <paramref name="environment"/> added to the application's settings.
    /// </summary>
    public static async Task<BrowserSession> StartAsync(TestStore? store = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        store ??= TestStore.Sqlite();
        var app = await RunningApp.StartAsync(store, environment: environment);
        var (playwright, browser) = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            BaseURL = app.Address.ToString(),
        });
        // A shared 2-core CI machine running the other tests beside the browser: waits that take 1 s alone take many here.
        page.SetDefaultTimeout(SlowMachineWait);
        Assertions.SetDefaultExpectTimeout(SlowMachineWait);
        var session = new BrowserSession(store, app, playwright, browser, page);
        await session.LogInAsync(SignIn.AdminName, SignIn.AdminPassword);
        return session;
    }

    /// <summary>Logs in through the login page, as a person would, and waits for the batch list.</summary>
    public async Task LogInAsync(string userName, string password)
    {
        await Page.GotoAsync("/login");
        await Page.GetByLabel("用户名").FillAsync(userName);
        await Page.GetByLabel("密码").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#who")).ToContainTextAsync(userName);
    }

    /// <summary>
    /// Chooses files in the start page's upload form once its script is attached (upload.js marks the form ready): files chosen
    /// before are not seen and 开始审核 stays disabled.
    /// </summary>
    public async Task ChooseUploadsAsync(params string[] paths)
    {
        await Assertions.Expect(Page.Locator("#upload-form[data-ready=true]")).ToHaveCountAsync(1);
        await Page.Locator("#upload-form input[type=file]:not([webkitdirectory])").SetInputFilesAsync(paths);
    }

    /// <summary>
    /// Waits until the document page's review panel is ready (review.js has attached its buttons): a click before does nothing
    /// (the buttons are not form buttons).
    /// </summary>
    public Task ReviewReadyAsync() => Assertions.Expect(Page.Locator("#review[data-ready=true]")).ToHaveCountAsync(1);

    /// <summary>
    /// The top bar's 退出登录; the login page opens. A page that reloads itself (a document page polling for its check, a
    /// review action's reload) can cancel the logout's navigation on a loaded machine: the button is then clicked again.
    /// </summary>
    public async Task LogOutAsync()
    {
        var login = new System.Text.RegularExpressions.Regex("/login$");
        for (var attempt = 1; !login.IsMatch(Page.Url); attempt++)
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
            try
            {
                await Page.WaitForURLAsync(login, new() { WaitUntil = WaitUntilState.Commit, Timeout = SlowMachineWait / 3 });
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
        await Assertions.Expect(Page.GetByLabel("用户名")).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        App.Dispose();
        await Store.DisposeAsync();
    }
}
