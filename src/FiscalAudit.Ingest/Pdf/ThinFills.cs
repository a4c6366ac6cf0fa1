using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>A filled shape no thicker than a limit is a drawn rule (word processors draw table borders so): its long axis.</summary>
internal static class ThinFills
{
    /// <summary>The long axis of the box, as a segment; null when the box is thicker than <paramref name="thickest"/>.</summary>
    public static Segment? Rule(double left, double bottom, double right, double top, double thickest) =>
        Math.Min(right - left, top - bottom) > thickest ? null
        : right - left >= top - bottom ? new Segment(left, (bottom + top) / 2, right, (bottom + top) / 2)
        : new Segment((left + right) / 2, bottom, (left + right) / 2, top);
}
