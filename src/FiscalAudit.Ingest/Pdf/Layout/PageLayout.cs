namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// One page after layout analysis: text lines outside tables and ruled tables, in reading order (top to bottom).
/// Each item is a <see cref="PdfLine"/> or a <see cref="PageTable"/>.
/// </summary>
public sealed record PageLayout(int Number, double Width, double Height, IReadOnlyList<object> Items, bool Scanned = false)
{
    public IEnumerable<PdfLine> Lines => Items.OfType<PdfLine>();
}
