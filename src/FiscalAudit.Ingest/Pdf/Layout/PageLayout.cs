namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// One page after layout analysis: text lines outside tables and ruled tables, in reading order (top to bottom).
/// Each item is a <see cref="PdfLine"/> or a <see cref="PageTable"/>. A <see cref="Scanned"/> page is images without text;
/// a <see cref="Damaged"/> page is one whose content, fonts or images could not be parsed: both come without items. A
/// <see cref="Garbled"/> page is also <see cref="Scanned"/>: its letters are mojibake (a wrong ToUnicode map), so it is read
/// from its image as a scan is. <see cref="Rotate"/> is a scanned page's /Rotate: how far its image is turned clockwise when shown; <see cref="Origin"/> the
/// lower left corner of its crop box, where its image starts in the page's coordinates. <see cref="Footnotes"/> are the lines of the
/// footnotes at the page's foot (<see cref="FootnoteAreas"/>), kept out of <see cref="Items"/>.
/// </summary>
public sealed record PageLayout(int Number, double Width, double Height, IReadOnlyList<object> Items, bool Scanned = false, bool Damaged = false, bool Garbled = false, int Rotate = 0, (double X, double Y) Origin = default, IReadOnlyList<PdfLine>? Footnotes = null)
{
    public IEnumerable<PdfLine> Lines => Items.OfType<PdfLine>();
}
