using System.Globalization;
using System.IO.Compression;
using System.Text;
using FiscalAudit.Ingest.Office.Legacy;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Image-only PDFs as a scanner makes them: each page one grey image filling it (8 bits, Flate-compressed), no text layer —
/// or a few words of real text put on it (a page number or stamp added to the scan). A printed PDF is “scanned” by
/// rendering its pages with pdftoppm.
/// </summary>
internal static class ScannedPdf
{
    /// <summary>
    /// One scanned page: its image at <paramref name="Dpi"/>, the page's /Rotate, and real text set at the foot of the page (Helvetica 10 pt),
    /// <paramref name="TextLeft"/> points from its left edge; scanned in colour when <paramref name="Colour"/> is given (the same size as
    /// <paramref name="Image"/>, which it replaces); with <paramref name="Origin"/>, the image is the page's crop box, whose lower left
    /// corner is there, on a media box larger on every side by half of it, that starts at its half (not at (0, 0) either).
    /// </summary>
    public sealed record Page(GrayImage Image, double Dpi, int Rotate = 0, string? Text = null, ColourImage? Colour = null, (double X, double Y) Origin = default, double TextLeft = 20);

    /// <summary>The pages of <paramref name="pdf"/> rendered grey at <paramref name="dpi"/> by pdftoppm.</summary>
    public static List<Page> Render(string pdf, int dpi) =>
        Rendered(pdf, dpi).Select(image => new Page(GrayImage.ReadPgm(image), dpi)).ToList();

    /// <summary>
    /// The image files pdftoppm makes of <paramref name="pdf"/>'s pages, grey at <paramref name="dpi"/>, in page order;
    /// <paramref name="options"/> choose the pages and the format (PGM without).
    /// </summary>
    public static List<byte[]> Rendered(string pdf, int dpi, params string[] options)
    {
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-scan-").FullName;
        try
        {
            var run = ExternalTool.Run(ExternalTool.OnPath("pdftoppm")!, [.. options, "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", pdf, Path.Combine(folder, "page")], TimeSpan.FromMinutes(3));
            Assert.True(run.ExitCode == 0, run.Output);
            return Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The pages of <paramref name="pdf"/> rendered in colour at <paramref name="dpi"/> by pdftoppm: a colour scan.</summary>
    public static List<Page> RenderColour(string pdf, int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-colour-").FullName;
        try
        {
            var run = ExternalTool.Run(ExternalTool.OnPath("pdftoppm")!, ["-r", dpi.ToString(CultureInfo.InvariantCulture), pdf, Path.Combine(folder, "page")], TimeSpan.FromMinutes(3));
            Assert.True(run.ExitCode == 0, run.Output);
            return Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => ColourImage.ReadPpm(File.ReadAllBytes(f)))
                .Select(colour => new Page(Grey(colour), dpi, Colour: colour)).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A colour image grey by its luminance.</summary>
    public static GrayImage Grey(ColourImage colour) =>
        new(colour.Width, colour.Height, Enumerable.Range(0, colour.Width * colour.Height)
            .Select(i => (byte)((299 * colour.Pixels[3 * i] + 587 * colour.Pixels[3 * i + 1] + 114 * colour.Pixels[3 * i + 2] + 500) / 1000)).ToArray());

    /// <summary>The index of the page of <paramref name="pages"/> with the most ink (a printer may put a blank page first).</summary>
    public static int MostInked(IReadOnlyList<Page> pages) =>
        pages.Select((page, i) => (Ink: page.Image.Pixels.Count(level => level < 128), i)).MaxBy(p => p.Ink).i;

    /// <summary>A page of <paramref name="text"/> (a line of Latin text, <see cref="MinimalPdf.WithText"/>) printed and scanned at <paramref name="dpi"/>.</summary>
    public static Page OfText(string text, int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-text-").FullName;
        try
        {
            var pdf = Path.Combine(folder, "text.pdf");
            File.WriteAllBytes(pdf, MinimalPdf.WithText(text));
            return Render(pdf, dpi).Single();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The PDF of <paramref name="pages"/>, each page the size of its image.</summary>
    public static byte[] Build(IReadOnlyList<Page> pages)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{3 + 3 * i} 0 R"))}] /Count {pages.Count} >>"),
        };
        for (var i = 0; i < pages.Count; i++)
        {
            var (image, dpi, rotate, text, colour, (x, y), textLeft) = pages[i];
            var width = Points(image.Width, dpi);
            var height = Points(image.Height, dpi);
            var (left, bottom) = (Number(x), Number(y));
            var content = $"q {width} 0 0 {height} {left} {bottom} cm /Im1 Do Q" + (text is null ? string.Empty : $" BT /F1 10 Tf {Number(x + textLeft)} {Number(y + 12)} Td ({text}) Tj ET");
            var boxes = (x, y) == default ? $"/MediaBox [0 0 {width} {height}]"
                : $"/MediaBox [{Number(x / 2)} {Number(y / 2)} {Number(image.Width * 72 / dpi + 1.5 * x)} {Number(image.Height * 72 / dpi + 1.5 * y)}] /CropBox [{left} {bottom} {Number(image.Width * 72 / dpi + x)} {Number(image.Height * 72 / dpi + y)}]";
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R {boxes} /Rotate {rotate} /Resources << /XObject << /Im1 {5 + 3 * i} 0 R >> /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents {4 + 3 * i} 0 R >>"));
            objects.Add(Ascii($"<< /Length {content.Length} >>\nstream\n{content}\nendstream"));
            var pixels = Deflate(colour?.Pixels ?? image.Pixels);
            objects.Add([.. Ascii($"<< /Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace {(colour is null ? "/DeviceGray" : "/DeviceRGB")} /BitsPerComponent 8 /Filter /FlateDecode /Length {pixels.Length} >>\nstream\n"), .. pixels, .. Ascii("\nendstream")]);
        }
        return PdfObjects.Write(objects);
    }

    private static string Points(int pixels, double dpi) => Number(pixels * 72 / dpi);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Deflate(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest)) zlib.Write(bytes);
        return output.ToArray();
    }
}
