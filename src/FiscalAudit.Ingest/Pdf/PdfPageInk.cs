using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Pdf.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>
/// What one PDF page holds for the layout chain: its size, whether it has images and letters, whether its text is only a thin
/// layer over a scan (<see cref="ThinTextLayer"/>), whether its letters are mojibake (<see cref="GarbledText"/>), and the
/// glyphs and drawn segments of a page with readable letters, its /Rotate and the lower left corner of its crop box.
/// </summary>
internal sealed record PdfPageInk(double Width, double Height, bool HasImages, bool HasText, bool ThinText, bool Garbled, List<Glyph> Glyphs, List<Segment> Segments, int Rotate, (double X, double Y) Origin)
{
    /// <summary>
    /// The page <paramref name="number"/> of <paramref name="pdf"/>; null when it cannot be read: its content, fonts or
    /// images cannot be parsed, or a content stream is damaged (PdfPig reads a damaged Flate stream as empty, without a word).
    /// </summary>
    public static PdfPageInk? Read(PdfDocument pdf, int number, OcrSettings settings)
    {
        try
        {
            var page = pdf.GetPage(number);
            if (HasDamagedContent(pdf, page)) return null;
            var text = page.Letters.Count > 0;
            var garbled = text && GarbledText.Over(page.Letters.Select(l => l.Value), settings.GarbledText);
            var read = text && !garbled;
            return new PdfPageInk(page.Width, page.Height, page.NumberOfImages > 0, text, read && ThinTextLayer.Over(page, settings.ThinText), garbled,
                read ? PdfPageSource.Glyphs(page).ToList() : [], read ? PdfPageSource.Segments(page).ToList() : [], page.Rotation.Value,
                (Math.Min(page.CropBox.Bounds.Left, page.CropBox.Bounds.Right), Math.Min(page.CropBox.Bounds.Bottom, page.CropBox.Bounds.Top)));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>True when a Flate-compressed content stream of the page does not inflate (not looked at in encrypted files).</summary>
    private static bool HasDamagedContent(PdfDocument pdf, Page page)
    {
        if (pdf.Structure.Trailer.EncryptionToken is not null || !page.Dictionary.TryGet(NameToken.Contents, out var contents)) return false;
        var streams = StructureTokens.Resolve(pdf.Structure, contents) is ArrayToken array ? array.Data.Select(t => StructureTokens.Resolve(pdf.Structure, t)) : [StructureTokens.Resolve(pdf.Structure, contents)];
        return streams.OfType<StreamToken>().Any(s =>
            s.StreamDictionary.TryGet(NameToken.Filter, out var filter) && FlateData.IsFlate(filter) && !FlateData.Inflates(s.Data));
    }
}
