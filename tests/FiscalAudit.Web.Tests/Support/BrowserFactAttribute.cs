using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// A test in the system's Chromium (<see cref="Chromium.Executable"/>) on the real documents of ../shared.
/// Without the browser or ../shared it is skipped with the reason; under CI (CI=true) it always runs,
/// so a missing browser fails loudly.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public override string? Skip
    {
        get => base.Skip ?? SharedFiles.SkipReason ?? (File.Exists(Chromium.Executable) || SharedFiles.InCi
            ? null
            : $"需要浏览器 {Chromium.Executable}（Debian 软件包 chromium 和中文字体 fonts-wqy-zenhei），此处没有。")
            ?? (Recognises ? OcrTools.SkipReason : null);
        set => base.Skip = value;
    }

    /// <summary>The test also recognises scans (pdftoppm, tesseract), skipped without them like <c>OcrFact</c>.</summary>
    public bool Recognises { get; init; }
}
