using System.Text;

namespace FiscalAudit.Tests.Pdf;

/// <summary>Writes tiny one-page PDFs for reader tests: a line of Latin text, or only an image (a scan).</summary>
public static class MinimalPdf
{
    public static byte[] WithText(string text) => Build(
        "<< /Font << /F1 5 0 R >> >>",
        $"BT /F1 12 Tf 20 100 Td ({text}) Tj ET",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    public static byte[] ImageOnly() => Build(
        "<< /XObject << /Im1 5 0 R >> >>",
        "q 100 0 0 100 50 50 cm /Im1 Do Q",
        "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0010\u0080\u00f0\u0040\nendstream");

    private static byte[] Build(string resources, string content, string resource) => Write(new[]
    {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources {resources} /Contents 4 0 R >>",
        $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        resource,
    }.Select(Encoding.Latin1.GetBytes).ToList());

    /// <summary>A PDF of <paramref name="objects"/> (object 1 the catalog), numbered in order, with its cross-reference table.</summary>
    internal static byte[] Write(IReadOnlyList<byte[]> objects) => FiscalAudit.Ingest.Pdf.PdfObjects.Write(objects);
}
