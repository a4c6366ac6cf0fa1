using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// What a copier does to a sheet fed at a slant: the page turned about its centre, blended as a scanner's sensor blends,
/// white where the sheet was not; and to grey recycled paper: every level darkened to the paper's, with the sensor's noise.
/// </summary>
internal static class ScanDistortions
{
    /// <summary><paramref name="image"/> turned by <paramref name="degrees"/> (positive: its lines fall to the right).</summary>
    public static GrayImage Slanted(GrayImage image, double degrees)
    {
        var angle = degrees * Math.PI / 180;
        double cos = Math.Cos(angle), sin = Math.Sin(angle), cx = image.Width / 2.0, cy = image.Height / 2.0;
        return Ocr.ScanRobustnessTests.Gray(image.Width, image.Height, (x, y) =>
        {
            // The page point shown at (x, y): turned back by the angle.
            var sx = cx + (x - cx) * cos + (y - cy) * sin;
            var sy = cy - (x - cx) * sin + (y - cy) * cos;
            int x0 = (int)Math.Floor(sx), y0 = (int)Math.Floor(sy);
            if (x0 < 0 || y0 < 0 || x0 + 1 >= image.Width || y0 + 1 >= image.Height) return 255;
            double fx = sx - x0, fy = sy - y0;
            double At(int px, int py) => image.Pixels[py * image.Width + px];
            return (byte)Math.Round((At(x0, y0) * (1 - fx) + At(x0 + 1, y0) * fx) * (1 - fy) + (At(x0, y0 + 1) * (1 - fx) + At(x0 + 1, y0 + 1) * fx) * fy);
        });
    }

    /// <summary><paramref name="image"/> on paper of grey level <paramref name="paper"/>, each pixel off by up to ±<paramref name="noise"/> levels (a fixed seed).</summary>
    public static GrayImage OnGreyPaper(GrayImage image, int paper, int noise)
    {
        var random = new Random(12);
        return Ocr.ScanRobustnessTests.Gray(image.Width, image.Height, (x, y) =>
            (byte)Math.Clamp(image.Pixels[y * image.Width + x] * paper / 255 + random.Next(-noise, noise + 1), 0, 255));
    }
}
