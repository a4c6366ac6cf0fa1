namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>Which lines of a recognised page are read again as one line each (ocr.json, largeLines; see its comment).</summary>
public sealed record LargeLineSettings(double MinHeightPoints, double MarginPoints);

/// <summary>
/// The lines of large glyphs on a page (a 红头 letterhead at 30 pt, a title in 小初): sparse-text recognition takes the
/// radicals of a large glyph, far apart, for glyphs of their own (管 read as 市 over 吕) and reads the line as garbage,
/// while the same line read as one line is read right. A band across the page as high as the words at least
/// <see cref="LargeLineSettings.MinHeightPoints"/> high that overlap in height, with a margin, is such a line when the
/// words whose middle lies in it are that high in the median (a tall box or two in a title of 22 pt make no large line);
/// those words of the first pass are replaced by the band's.
/// </summary>
public static class LargeLines
{
    /// <summary>The bands (pixels) of the large lines among <paramref name="words"/> on <paramref name="image"/> at <paramref name="dpi"/>, top to bottom.</summary>
    public static IReadOnlyList<(int Left, int Top, int Width, int Height)> Find(GrayImage image, IReadOnlyList<OcrWord> words, double dpi, LargeLineSettings settings)
    {
        var bands = new List<(int Top, int Bottom)>();
        foreach (var word in words.Where(w => w.Height >= settings.MinHeightPoints * dpi / 72).OrderBy(w => w.Top))
        {
            var bottom = word.Top + word.Height;
            if (bands.Count > 0 && word.Top < bands[^1].Bottom) bands[^1] = (bands[^1].Top, Math.Max(bands[^1].Bottom, bottom));
            else bands.Add((word.Top, bottom));
        }
        var margin = (int)Math.Round(settings.MarginPoints * dpi / 72);
        return bands.Select(b => (Left: 0, Top: Math.Max(0, b.Top - margin), Width: image.Width, Height: Math.Min(image.Height, b.Bottom + margin) - Math.Max(0, b.Top - margin)))
            .Where(band => Median(words.Where(w => Holds(band, w)).Select(w => w.Height).ToList()) >= settings.MinHeightPoints * dpi / 72)
            .ToList();
    }

    private static int Median(List<int> heights) => heights.Count == 0 ? 0 : heights.Order().ElementAt(heights.Count / 2);

    /// <summary>Whether the middle of <paramref name="word"/> lies in <paramref name="band"/>.</summary>
    public static bool Holds((int Left, int Top, int Width, int Height) band, OcrWord word)
    {
        var middle = word.Top + word.Height / 2;
        return middle >= band.Top && middle < band.Top + band.Height;
    }
}
