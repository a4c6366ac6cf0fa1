using System.Text;
using FiscalAudit.Ingest.Pdf;

namespace FiscalAudit.Tests.Pdf;

/// <summary>How a page of <see cref="MinimalPdf.WithPages"/> is damaged, each a way a real file loses one page.</summary>
public enum PageDamage
{
    None,

    /// <summary>/Contents names an object the file does not hold (lost in a bad copy).</summary>
    MissingContents,

    /// <summary>/Contents names an object that is not a stream (“Failed to parse the content for the page”).</summary>
    ContentsNotStream,

    /// <summary>The Flate-compressed content stream is garbled after its zlib header (an invalid deflate block).</summary>
    GarbledFlate,

    /// <summary>The page's font is a TrueType font whose embedded program is garbage.</summary>
    GarbledFont,
}

/// <summary>Writes tiny PDFs for reader tests: a line of Latin text, only an image (a scan), or pages of text some of them damaged.</summary>
public static class MinimalPdf
{
    /// <summary>The embedded program of <see cref="PageDamage.GarbledFont"/>: a TrueType version number, then no tables.</summary>
    private const string GarbageFont = "\u0000\u0001\u0000\u0000garbage, not a font";

    public static byte[] WithText(string text) => Build(
        "<< /Font << /F1 5 0 R >> >>",
        $"BT /F1 12 Tf 20 100 Td ({text}) Tj ET",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    public static byte[] ImageOnly() => Build(
        "<< /XObject << /Im1 5 0 R >> >>",
        "q 100 0 0 100 50 50 cm /Im1 Do Q",
        "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0010\u0080\u00f0\u0040\nendstream");

    /// <summary>One page for each of <paramref name="pages"/>: a line of its Latin text, damaged as it says.</summary>
    public static byte[] WithPages(IReadOnlyList<(string Text, PageDamage Damage)> pages)
    {
        var kids = string.Join(" ", pages.Select((_, i) => $"{5 + 2 * i} 0 R"));
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {GarbageFont.Length} >>\nstream\n{GarbageFont}\nendstream",
        };
        for (var i = 0; i < pages.Count; i++)
        {
            var (text, damage) = pages[i];
            var font = damage == PageDamage.GarbledFont
                ? "<< /Type /Font /Subtype /TrueType /BaseFont /Broken /FirstChar 32 /LastChar 126 /FontDescriptor << /Type /FontDescriptor /FontName /Broken /Flags 32 /FontBBox [0 0 1000 1000] /FontFile2 4 0 R >> >>"
                : "3 0 R";
            var contents = damage == PageDamage.MissingContents ? $"{1000 + i} 0 R" : $"{6 + 2 * i} 0 R";
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 {font} >> >> /Contents {contents} >>");
            var content = $"BT /F1 12 Tf 20 100 Td ({text}) Tj ET";
            objects.Add(damage switch
            {
                PageDamage.ContentsNotStream => $"<< /Note ({text}) >>",
                PageDamage.GarbledFlate => $"<< /Length {content.Length + 2} /Filter /FlateDecode >>\nstream\n\u0078\u009c\u00ff{content[1..]}\nendstream",
                _ => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            });
        }
        return PdfObjects.Write(objects.Select(Encoding.Latin1.GetBytes).ToList());
    }

    private static byte[] Build(string resources, string content, string resource) => PdfObjects.Write(new[]
    {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources {resources} /Contents 4 0 R >>",
        $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        resource,
    }.Select(Encoding.Latin1.GetBytes).ToList());
}
