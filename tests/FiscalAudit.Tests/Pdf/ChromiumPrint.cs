using FiscalAudit.Ingest.Office.Legacy;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Prints an HTML page to PDF with the system's headless Chromium, as a browser's “print to PDF” does (no page header or
/// footer). Tests using it are skipped with the reason when Chromium is not installed, except under CI (CI=true).
/// </summary>
internal static class ChromiumPrint
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>Null when a test that prints with Chromium must run.</summary>
    public static string? SkipReason =>
        File.Exists(Executable) || SharedFiles.InCi ? null : $"需要浏览器 {Executable}（Debian 软件包 chromium 和中文字体 fonts-wqy-zenhei），此处没有。";

    /// <summary>Prints <paramref name="file"/> to a PDF beside it; returns the exit code, the output and the PDF path.</summary>
    public static (int ExitCode, string Output, string Pdf) ConvertToPdf(string file)
    {
        var pdf = Path.ChangeExtension(file, ".pdf");
        var profile = Path.Combine(Path.GetDirectoryName(file)!, "chromium-profile");
        var run = ExternalTool.Run(Executable, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--user-data-dir={profile}", $"--print-to-pdf={pdf}", new Uri(file).AbsoluteUri], TimeSpan.FromMinutes(2));
        return (run.ExitCode, run.TimedOut ? "chromium did not finish within 2 minutes" : run.Output, pdf);
    }
}

/// <summary>
/// A theory that prints with Chromium and (unless <c>needsShared</c> is false) reads ../shared; skipped like <see cref="ChromiumPrint"/>
/// and <see cref="SharedTheoryAttribute"/>.
/// </summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute(bool needsShared = true)
    {
        Skip = (needsShared ? SharedFiles.SkipReason : null) ?? ChromiumPrint.SkipReason;
    }
}

/// <summary>A fact that prints with Chromium; skipped like <see cref="ChromiumPrint"/>.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        Skip = ChromiumPrint.SkipReason;
    }
}
