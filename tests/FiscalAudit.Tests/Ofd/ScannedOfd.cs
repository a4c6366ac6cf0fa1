using System.Xml.Linq;
using FiscalAudit.Tests.Pdf;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// Scanned OFD files as a scanning converter writes them: each page one image (an ImageObject filling the page, its CTM the
/// page's size) and no text. A printed PDF is “scanned” by rendering its pages with pdftoppm, grey, as PNG or JPEG.
/// </summary>
internal static class ScannedOfd
{
    private const double MillimetresPerPoint = 25.4 / 72;

    /// <summary>Pages <paramref name="first"/> to <paramref name="last"/> of <paramref name="pdf"/> rendered at <paramref name="dpi"/> in <paramref name="format"/> (“png”, “jpeg”).</summary>
    public static List<byte[]> Render(string pdf, int first, int last, int dpi, string format) =>
        ScannedPdf.Rendered(pdf, dpi, "-f", $"{first}", "-l", $"{last}", "-" + format);

    /// <summary>An OFD of pages <paramref name="width"/> × <paramref name="height"/> points, each holding one of <paramref name="images"/>.</summary>
    public static byte[] Write(IReadOnlyList<byte[]> images, double width, double height)
    {
        var (w, h) = (width * MillimetresPerPoint, height * MillimetresPerPoint);
        var pages = images.Select((_, i) => new OfdTestPage(w, h, [new XElement(TestOfd.Ns + "ImageObject", new XAttribute("ID", $"i{i}"), new XAttribute("ResourceID", $"{i + 10}"),
            new XAttribute("Boundary", TestOfd.Box(0, 0, w, h)), new XAttribute("CTM", TestOfd.Box(w, 0, 0, h, 0, 0)))])).ToList();
        return TestOfd.Write(pages, images.Select((image, i) => (Id: $"{i + 10}", image)).ToDictionary(m => m.Id, m => m.image));
    }
}
