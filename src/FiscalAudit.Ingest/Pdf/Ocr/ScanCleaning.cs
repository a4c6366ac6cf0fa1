namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>How a scanned page's image is straightened before its rulings are found (ocr.json, cleaning; see its comment).</summary>
public sealed record ScanCleaningSettings(double MaxSkewDegrees, double SkewStepDegrees, double MinSkewDegrees, int SampleStep, int MinPaper);

/// <summary>
/// A scan of a sheet fed at a slant, straightened. A slant of one
/// degree moves the right end of a landscape table's row a whole row down: its rulings are no long straight runs, and its
/// figures fall on the next row. The slant is the angle along which the ink lines up best: the rows of dark pixels counted
/// along lines of that slope peak sharpest (the sum of the squared counts is largest).
/// </summary>
public static class ScanCleaning
{
    /// <summary>The cleaned image of <paramref name="image"/>: whitened, and straightened when its slant is measurable (and whether it was).</summary>
    public static (GrayImage Image, bool Straightened) Clean(GrayImage image, int darkThreshold, ScanCleaningSettings settings)
    {
        image = Whitened(image, settings);
        var skew = Skew(image, darkThreshold, settings);
        return Math.Abs(skew) < settings.MinSkewDegrees ? (image, false) : (Rotated(image, skew), true);
    }

    /// <summary>The slant of the ink in degrees (positive: lines fall to the right), within ±<see cref="ScanCleaningSettings.MaxSkewDegrees"/>.</summary>
    public static double Skew(GrayImage image, int darkThreshold, ScanCleaningSettings settings)
    {
        var dark = new List<(int X, int Y)>();
        // Every row is looked at (sampling rows would make the level angle, whose lines fall on sampled rows only, peak falsely).
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x += settings.SampleStep)
                if (image.Pixels[y * image.Width + x] < darkThreshold) dark.Add((x, y));
        if (dark.Count == 0) return 0;
        var margin = (int)Math.Ceiling(image.Width * Math.Tan(settings.MaxSkewDegrees * Math.PI / 180)) + 1;
        var counts = new int[image.Height + 2 * margin];
        double best = 0, bestScore = -1;
        for (var degrees = -settings.MaxSkewDegrees; degrees <= settings.MaxSkewDegrees + 1e-9; degrees += settings.SkewStepDegrees)
        {
            Array.Clear(counts);
            var slope = Math.Tan(degrees * Math.PI / 180);
            foreach (var (x, y) in dark) counts[(int)Math.Round(y - x * slope) + margin]++;
            var score = counts.Sum(c => (double)c * c);
            // Ties (a blank page, ink without lines) keep the angle nearest to none.
            if (score > bestScore * (1 + 1e-9) || (score >= bestScore && Math.Abs(degrees) < Math.Abs(best))) (best, bestScore) = (degrees, score);
        }
        return best;
    }

    /// <summary>
    /// The image of grey or yellowed paper made white: most of a page is paper, so the middle grey level is the paper's, and
    /// every level is stretched so that it becomes white (a paper lighter than <see cref="ScanCleaningSettings.MinPaper"/>
    /// is left, a darker one is no page scanned on paper). Thresholds meant for ink on white then find ink, not paper.
    /// </summary>
    public static GrayImage Whitened(GrayImage image, ScanCleaningSettings settings)
    {
        var counts = new long[256];
        foreach (var level in image.Pixels) counts[level]++;
        int paper = 0;
        for (long seen = 0; paper < 255 && (seen += counts[paper]) * 2 < image.Pixels.Length; paper++) { }
        if (paper >= 255 || paper < settings.MinPaper) return image;
        var stretched = new byte[256];
        for (var level = 0; level < 256; level++) stretched[level] = (byte)Math.Min(255, level * 255 / paper);
        return new GrayImage(image.Width, image.Height, Array.ConvertAll(image.Pixels, level => stretched[level]));
    }

    /// <summary>The image turned by −<paramref name="degrees"/> about its centre (nearest pixel, white outside), so that lines of that slant become level: blending neighbours would
    /// grey a thin ruling line in places, and break the runs it is found by.</summary>
    private static GrayImage Rotated(GrayImage image, double degrees)
    {
        var angle = degrees * Math.PI / 180;
        double cos = Math.Cos(angle), sin = Math.Sin(angle), cx = image.Width / 2.0, cy = image.Height / 2.0;
        int width = image.Width, height = image.Height;
        var source = image.Pixels;
        var pixels = new byte[source.Length];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var sx = cx + (x - cx) * cos - (y - cy) * sin;
                var sy = cy + (x - cx) * sin + (y - cy) * cos;
                int x0 = (int)Math.Round(sx), y0 = (int)Math.Round(sy);
                pixels[y * width + x] = x0 < 0 || y0 < 0 || x0 >= width || y0 >= height ? (byte)255 : source[y0 * width + x0];
            }
        return new GrayImage(width, height, pixels);
    }
}
