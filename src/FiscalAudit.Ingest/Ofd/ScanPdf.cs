using System.Globalization;
using System.Text;
using FiscalAudit.Ingest.Pdf;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// The scanned pages of an OFD file as a PDF of as many pages, each of its size with its images where the OFD places them
/// (<see cref="ScanImage"/>; other pages blank), so that the OCR route of scanned PDFs reads them (<see cref="Pdf.Ocr.ScanReading"/>).
/// An image whose resource is missing or whose format is not kept is left out: its page gives no text and is noted.
/// </summary>
internal static class ScanPdf
{
    /// <summary>One page: its size in points and the images on it, with their bytes.</summary>
    public sealed record Page(double Width, double Height, IReadOnlyList<(PlacedImage Place, byte[] Image)> Images);

    public static byte[] Write(IReadOnlyList<Page> pages)
    {
        var kids = new List<int>();
        var objects = new List<byte[]> { Array.Empty<byte>(), Array.Empty<byte>() };
        foreach (var page in pages)
        {
            var images = page.Images.Select(i => (i.Place, Image: ScanImage.Of(i.Image))).Where(i => i.Image is not null).ToList();
            var first = objects.Count + 1;
            kids.Add(first);
            var content = string.Concat(images.Select((image, n) => $"q {Number(image.Place.Width)} 0 0 {Number(image.Place.Height)} {Number(image.Place.Left)} {Number(image.Place.Bottom)} cm /Im{n} Do Q\n"));
            var names = string.Concat(images.Select((_, n) => $"/Im{n} {first + 2 + n} 0 R "));
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Number(page.Width)} {Number(page.Height)}] /Resources << /XObject << {names}>> >> /Contents {first + 1} 0 R >>"));
            objects.Add(Ascii($"<< /Length {content.Length} >>\nstream\n{content}endstream"));
            objects.AddRange(images.Select(i => i.Image!.Object()));
        }
        objects[0] = Ascii("<< /Type /Catalog /Pages 2 0 R >>");
        objects[1] = Ascii($"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {pages.Count} >>");
        return PdfObjects.Write(objects);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
