using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// Waits for a new page's address only (its navigation committed), never for its load event: on a busy 2-core CI
/// machine a page's load event was once not seen within 30 s although the page had arrived (the wait for the login
/// page after 退出登录). What a test needs of the new page it waits for with an expectation on the page's content.
/// </summary>
internal static class Navigation
{
    public static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };
}
