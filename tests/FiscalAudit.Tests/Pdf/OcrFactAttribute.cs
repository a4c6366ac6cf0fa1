using FiscalAudit.Ingest.Office.Legacy;
using FiscalAudit.Ingest.Pdf.Ocr;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A test that recognises scans (pdftoppm, tesseract with Simplified Chinese). Skipped with the reason when a tool is missing,
/// except under CI (CI=true), where a missing tool fails the test instead of hiding it.
/// </summary>
public sealed class OcrFactAttribute : FactAttribute
{
    public OcrFactAttribute()
    {
        Skip = OcrTools.SkipReason;
    }

    /// <summary>The test also prints with LibreOffice and reads ../shared.</summary>
    public bool PrintsShared
    {
        get => false;
        init => Skip ??= value ? LibreOffice.SkipReason ?? SharedFiles.SkipReason : null;
    }

    /// <summary>The test needs tesseract's orientation detection (its osd data).</summary>
    public bool TurnsPages
    {
        get => false;
        init => Skip ??= value ? OcrTools.OrientationSkipReason : null;
    }
}

/// <summary>A theory that recognises scans; skipped like <see cref="OcrFactAttribute"/>.</summary>
public sealed class OcrTheoryAttribute : TheoryAttribute
{
    public OcrTheoryAttribute()
    {
        Skip = OcrTools.SkipReason;
    }

    /// <summary>The theory also prints with LibreOffice and reads ../shared.</summary>
    public bool PrintsShared
    {
        get => false;
        init => Skip ??= value ? LibreOffice.SkipReason ?? SharedFiles.SkipReason : null;
    }

    /// <summary>The theory needs tesseract's orientation detection (its osd data).</summary>
    public bool TurnsPages
    {
        get => false;
        init => Skip ??= value ? OcrTools.OrientationSkipReason : null;
    }
}

/// <summary>Whether the OCR tools are here, as FiscalAudit finds them.</summary>
internal static class OcrTools
{
    public static string? SkipReason =>
        !ScanRecogniser.OnPath.Available && !SharedFiles.InCi
            ? "需要 pdftoppm 和 tesseract（简体中文）：apt-get install --no-install-recommends poppler-utils tesseract-ocr tesseract-ocr-chi-sim"
            : null;

    /// <summary>Why a test that turns scanned pages upright cannot run: no OCR, or no orientation data (osd.traineddata) for tesseract.</summary>
    public static string? OrientationSkipReason => SkipReason ?? (!SharedFiles.InCi && !Languages.Value.Contains("osd") ? "需要 tesseract 的方向检测数据：apt-get install --no-install-recommends tesseract-ocr-osd" : null);

    private static readonly Lazy<string[]> Languages = new(() =>
        ExternalTool.OnPath("tesseract") is { } tesseract
            ? ExternalTool.Run(tesseract, ["--list-langs"], TimeSpan.FromMinutes(1)).Output.Split('\n', StringSplitOptions.TrimEntries)
            : []);
}
