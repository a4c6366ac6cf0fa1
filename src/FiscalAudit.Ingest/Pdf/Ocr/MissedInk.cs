namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>Where a second recognition pass looks (ocr.json, missedInk; see its comment).</summary>
public sealed record MissedInkSettings(double BlockPoints, int InkThreshold, double MinHeightShare, double MaxHeightShare, double MarginPoints, int PageSegmentation, double MinConfidence);

/// <summary>
/// Ink on a page (its rulings erased) that no recognised word covers: sparse-text recognition drops small marks standing
/// alone, such as the 栏次 and 行次 numbers of a table, each in a cell of its own. The page is looked at in blocks of a few
/// points; touching blocks with ink outside every word box make one patch, kept when it is about as high as a line of text
/// and stands half a line's height clear of every word.
/// </summary>
public static class MissedInk
{
    /// <summary>The patches of <paramref name="image"/> (at <paramref name="dpi"/>) outside <paramref name="words"/>, in pixels with a margin.</summary>
    public static IReadOnlyList<(int Left, int Top, int Width, int Height)> Find(GrayImage image, IReadOnlyList<OcrWord> words, double dpi, MissedInkSettings settings)
    {
        if (words.Count == 0) return [];
        var block = Math.Max(1, (int)Math.Round(settings.BlockPoints * dpi / 72));
        var covered = new bool[image.Width * image.Height];
        foreach (var w in words)
            for (var y = Math.Max(0, w.Top - 2); y < Math.Min(image.Height, w.Top + w.Height + 2); y++)
                Array.Fill(covered, true, y * image.Width + Math.Max(0, w.Left - 2), Math.Max(0, Math.Min(image.Width, w.Left + w.Width + 2) - Math.Max(0, w.Left - 2)));
        var inked = new InkBlocks(image.Width, image.Height, block, (x, y) => image.Pixels[y * image.Width + x] < settings.InkThreshold && !covered[y * image.Width + x]);
        var line = words.Select(w => w.Height).Order().ElementAt(words.Count / 2);
        var margin = (int)Math.Round(settings.MarginPoints * dpi / 72);
        var patches = new List<(int, int, int, int)>();
        foreach (var (left, top, right, bottom) in inked.Patches())
        {
            var height = (bottom - top + 1) * block;
            if (height < settings.MinHeightShare * line || height > settings.MaxHeightShare * line) continue;
            // Ink beside a word is the rest of a character its loose box leaves out, no mark of its own.
            var (px0, py0, px1, py1) = (left * block - line / 2, top * block - line / 2, (right + 1) * block + line / 2, (bottom + 1) * block + line / 2);
            if (words.Any(w => w.Left < px1 && px0 < w.Left + w.Width && w.Top < py1 && py0 < w.Top + w.Height)) continue;
            var x0 = Math.Max(0, left * block - margin);
            var y0 = Math.Max(0, top * block - margin);
            patches.Add((x0, y0, Math.Min(image.Width, (right + 1) * block + margin) - x0, Math.Min(image.Height, (bottom + 1) * block + margin) - y0));
        }
        return patches;
    }

    /// <summary>The part <paramref name="patch"/> of <paramref name="image"/>.</summary>
    public static GrayImage Crop(GrayImage image, (int Left, int Top, int Width, int Height) patch)
    {
        var pixels = new byte[patch.Width * patch.Height];
        for (var y = 0; y < patch.Height; y++)
            Array.Copy(image.Pixels, (patch.Top + y) * image.Width + patch.Left, pixels, y * patch.Width, patch.Width);
        return new GrayImage(patch.Width, patch.Height, pixels);
    }
}
