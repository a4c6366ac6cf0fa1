using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Engine;

/// <summary>
/// The time a document's check may take: <see cref="Base"/>, and <see cref="PerScannedPage"/> more for each scanned page to
/// recognise (OCR reads about a page in 1–5 seconds on two cores, so a long scan would pass a fixed limit). The pages are
/// known once the reader has found them; <see cref="Progress"/> tells how far their recognition has come.
/// </summary>
public sealed class CheckLimit(TimeSpan baseLimit, TimeSpan perScannedPage = default)
{
    public TimeSpan Base { get; } = baseLimit;

    public TimeSpan PerScannedPage { get; } = perScannedPage;

    public RecognitionProgress Progress { get; } = new();

    /// <summary>The limit as far as the pages to recognise are known.</summary>
    public TimeSpan Current => Base + Progress.Total * PerScannedPage;

    /// <summary>What is left of the limit, and of <paramref name="grace"/> after it, once <paramref name="elapsed"/> has passed; never less than zero.</summary>
    public TimeSpan Remaining(TimeSpan elapsed, TimeSpan grace = default) => TimeSpan.FromTicks(Math.Max(0, (Current + grace - elapsed).Ticks));
}
