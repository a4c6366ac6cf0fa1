using System.Text;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// A red seal (公章) stamped on a scanned page, as offices stamp published disclosures over the table's figures and the
/// signature block: a ring, the unit's name along the upper arc, a star in the middle, in red ink that lets the print below
/// show through (the print's grey times the ink's colour); the page comes out a colour scan.
/// </summary>
internal static class SealStamp
{
    /// <summary>
    /// <paramref name="page"/> in colour with a seal of <paramref name="radius"/> pixels centred at (<paramref name="x"/>,
    /// <paramref name="y"/>), of <paramref name="ink"/> (red, green, blue on white paper); <paramref name="name"/> is the
    /// unit's name printed on one line, bent along the arc.
    /// </summary>
    public static ColourImage Stamped(GrayImage page, GrayImage name, int x, int y, int radius, (int R, int G, int B) ink) =>
        Stamped(new ColourImage(page.Width, page.Height, page.Pixels.SelectMany(grey => new[] { grey, grey, grey }).ToArray()), name, x, y, radius, ink);

    /// <summary>The same seal stamped on the colour scan <paramref name="page"/>: each channel of the print under the ink times the ink's.</summary>
    public static ColourImage Stamped(ColourImage page, GrayImage name, int x, int y, int radius, (int R, int G, int B) ink)
    {
        var (left, top, right, bottom) = Ink(name);
        var pixels = (byte[])page.Pixels.Clone();
        for (var py = 0; py < page.Height; py++)
            for (var px = 0; px < page.Width; px++)
            {
                if (!Covers(px - x, y - py, radius, name, (left, top, right, bottom))) continue;
                var i = 3 * (py * page.Width + px);
                pixels[i] = (byte)(pixels[i] * ink.R / 255);
                pixels[i + 1] = (byte)(pixels[i + 1] * ink.G / 255);
                pixels[i + 2] = (byte)(pixels[i + 2] * ink.B / 255);
            }
        return new ColourImage(page.Width, page.Height, pixels);
    }

    /// <summary>
    /// The unit's <paramref name="name"/> printed on one line (LibreOffice, 28 pt) and scanned at <paramref name="dpi"/>; LibreOffice may
    /// print the first paragraph of an HTML page on a page of its own, so the name comes after an empty one, on the page with ink.
    /// </summary>
    public static GrayImage Name(string name, int dpi)
    {
        var html = $"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'WenQuanYi Zen Hei';font-size:28pt\"><p>&nbsp;</p><p>{name}</p></body></html>";
        GrayImage? image = null;
        PrintedRendering.Check("seal.html", Encoding.UTF8.GetBytes(html), pdf =>
        {
            var pages = ScannedPdf.Render(pdf, dpi);
            image = pages[ScannedPdf.MostInked(pages)].Image;
        });
        return image!;
    }

    /// <summary>Whether seal ink covers the point (<paramref name="dx"/>, <paramref name="dy"/>) from the seal's centre (y up).</summary>
    private static bool Covers(int dx, int dy, int radius, GrayImage name, (int Left, int Top, int Right, int Bottom) ink)
    {
        var distance = Math.Sqrt(dx * dx + dy * dy);
        if (distance > radius) return false;
        if (distance >= 0.9 * radius) return true;
        if (Star(dx / (0.25 * radius), dy / (0.25 * radius))) return true;
        // The name along the upper arc, from 160° on the left to 20° on the right, its tops outward.
        var angle = Math.Atan2(dy, dx) * 180 / Math.PI;
        double outer = 0.82 * radius, height = 0.24 * radius;
        if (angle < 20 || angle > 160 || distance > outer || distance < outer - height) return false;
        var u = ink.Left + (160 - angle) / 140 * (ink.Right - ink.Left);
        var v = ink.Top + (outer - distance) / height * (ink.Bottom - ink.Top);
        return name.Pixels[(int)v * name.Width + (int)u] < 128;
    }

    /// <summary>Whether the point lies in a five-pointed star of radius 1 about the origin, one point up.</summary>
    private static bool Star(double x, double y)
    {
        var r = Math.Sqrt(x * x + y * y);
        if (r > 1) return false;
        // The star's edge at this angle: between its points (radius 1) and its inner corners (radius 0.38), straight lines.
        var angle = (Math.Atan2(y, x) - Math.PI / 2 + 4 * Math.PI) % (2 * Math.PI / 5);
        var half = Math.PI / 5;
        var t = Math.Abs(angle - half) / half;
        double inner = 0.38;
        double ax = inner * Math.Cos(half), ay = inner * Math.Sin(half);
        var px = t * 1 + (1 - t) * ax;
        var py = (1 - t) * ay;
        var edge = Math.Sqrt(px * px + py * py);
        return r <= edge;
    }

    /// <summary>The box of the dark pixels of <paramref name="image"/>.</summary>
    private static (int Left, int Top, int Right, int Bottom) Ink(GrayImage image)
    {
        int left = image.Width, top = image.Height, right = 0, bottom = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (image.Pixels[y * image.Width + x] < 128) (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
        return (left, top, right, bottom);
    }
}
