namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>When a scanned sheet holds two pages side by side (ocr.json, twoPageSheets; see its comment).</summary>
public sealed record TwoPageSheetSettings(double MinWidthPerHeight, double From, double To, double MinGutterPoints, double MaxInkShare, double MinHalfInkShare);

/// <summary>
/// The gutter of a sheet that holds two pages side by side — an A3 sheet of two A4 pages, as archives scan a disclosure
/// printed two to a sheet: a blank band from the sheet's head to its foot near its middle, with print on both sides. A
/// single landscape page has none: its title, its table's rulings and its page number cross the middle.
/// </summary>
public static class SheetGutter
{
    /// <summary>The column (pixels) at the middle of the gutter of the upright, cleaned <paramref name="image"/> at <paramref name="dpi"/>, where it is cut into its two pages; null for a sheet of one page.</summary>
    public static int? Find(GrayImage image, double dpi, int darkThreshold, TwoPageSheetSettings settings)
    {
        if (image.Width < settings.MinWidthPerHeight * image.Height) return null;
        var ink = new long[image.Width];
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (image.Pixels[y * image.Width + x] < darkThreshold) ink[x]++;
        var blank = settings.MaxInkShare * image.Height;
        int from = (int)(settings.From * image.Width), to = (int)(settings.To * image.Width);
        int start = 0, length = 0;
        for (int x = from, run = 0; x < to; x++)
        {
            run = ink[x] <= blank ? run + 1 : 0;
            if (run > length) (start, length) = (x - run + 1, run);
        }
        if (length < settings.MinGutterPoints * dpi / 72) return null;
        var cut = start + length / 2;
        long left = ink.Take(cut).Sum(), total = ink.Sum();
        return left >= settings.MinHalfInkShare * total && total - left >= settings.MinHalfInkShare * total ? cut : null;
    }

    /// <summary>The columns <paramref name="from"/> to <paramref name="to"/> (exclusive) of <paramref name="image"/>.</summary>
    public static GrayImage Columns(GrayImage image, int from, int to)
    {
        var width = to - from;
        var pixels = new byte[width * image.Height];
        for (var y = 0; y < image.Height; y++) Array.Copy(image.Pixels, y * image.Width + from, pixels, y * width, width);
        return new GrayImage(width, image.Height, pixels);
    }
}
