using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>The system's Chromium driven by Playwright (whose own browser download is not used), and where screenshots go.</summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>The screenshots of the browser tests, kept as test output to look at.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Args = ["--no-sandbox"],
            Headless = true,
        });
        return (playwright, browser);
    }

    /// <summary>The page as it settles: transitions under way (a progress bar growing) are shown finished.</summary>
    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(Screenshots);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
    }
}
