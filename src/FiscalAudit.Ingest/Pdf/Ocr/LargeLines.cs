namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>Which lines of a recognised page are read again as one line each (ocr.json, largeLines; see its comment).</summary>
public sealed record LargeLineSettings(double MinHeightPoints, double MarginPoints, double GappedMinHeightPoints, int InkThreshold);

/// <summary>
/// The lines of large glyphs on a page (a 红头 letterhead at 30 pt, a title in 小初): sparse-text recognition takes the
/// radicals of a large glyph, far apart, for glyphs of their own (管 read as 市 over 吕) and reads the line as garbage,
/// while the same line read as one line is read right. A band across the page as high as the words at least
/// <see cref="LargeLineSettings.MinHeightPoints"/> high that overlap in height, with a margin, is such a line when the
/// words whose middle lies in it are that high in the median (a tall box or two in a title of 22 pt make no large line);
/// those words of the first pass are replaced by the band's. A title line read with a hole is read again as well (<see cref="Gapped"/>).
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

    /// <summary>
    /// The bands (pixels) of the title lines among <paramref name="words"/> (words at least <see cref="LargeLineSettings.GappedMinHeightPoints"/>
    /// high in the median, their middles at one height) that the first pass read with a hole: between two neighbouring words
    /// a gap of half a glyph or more holding ink no word covers (综 and 执法 read, 合 between them dropped). Such a gap makes
    /// the layout chain take the title for a table row, and the short line under it (“决算”) for the rest of its cell. Each
    /// band is the line's own height (the words' median top to median bottom, a quarter of their height more above and
    /// below), so that it never takes in a neighbouring line; bands overlapping <paramref name="taken"/> are left out.
    /// </summary>
    public static IReadOnlyList<(int Left, int Top, int Width, int Height)> Gapped(GrayImage image, IReadOnlyList<OcrWord> words, double dpi, LargeLineSettings settings,
        IReadOnlyList<(int Left, int Top, int Width, int Height)> taken)
    {
        var min = settings.GappedMinHeightPoints * dpi / 72;
        var bands = new List<(int Left, int Top, int Width, int Height)>();
        var rows = new List<List<OcrWord>>();
        foreach (var word in words.OrderBy(w => w.Top + w.Height / 2))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && word.Top + word.Height / 2 - (row[0].Top + row[0].Height / 2) <= Median(row.Select(w => w.Height).ToList()) / 2) row.Add(word);
            else rows.Add([word]);
        }
        foreach (var row in rows.Where(r => r.Count >= 2))
        {
            var height = Median(row.Select(w => w.Height).ToList());
            if (height < min) continue;
            int top = Median(row.Select(w => w.Top).ToList()), bottom = Median(row.Select(w => w.Top + w.Height).ToList());
            var ordered = row.OrderBy(w => w.Left).ToList();
            var holed = ordered.Zip(ordered.Skip(1)).Any(p => p.Second.Left - (p.First.Left + p.First.Width) >= height / 2
                && Ink(image, p.First.Left + p.First.Width + 2, p.Second.Left - 2, top, bottom, settings.InkThreshold) >= height * height / 50);
            if (!holed) continue;
            var margin = height / 4;
            var band = (Left: 0, Top: Math.Max(0, top - margin), Width: image.Width, Height: Math.Min(image.Height, bottom + margin) - Math.Max(0, top - margin));
            if (taken.Concat(bands).Any(b => band.Top < b.Top + b.Height && b.Top < band.Top + band.Height)) continue;
            bands.Add(band);
        }
        return bands;
    }

    /// <summary>How many pixels of <paramref name="image"/> from <paramref name="left"/> to <paramref name="right"/>, <paramref name="top"/> to <paramref name="bottom"/> (exclusive) are darker than <paramref name="threshold"/>.</summary>
    private static int Ink(GrayImage image, int left, int right, int top, int bottom, int threshold)
    {
        var count = 0;
        for (var y = Math.Max(0, top); y < Math.Min(image.Height, bottom); y++)
            for (var x = Math.Max(0, left); x < Math.Min(image.Width, right); x++)
                if (image.Pixels[y * image.Width + x] < threshold) count++;
        return count;
    }

    private static int Median(List<int> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    /// <summary>Whether the middle of <paramref name="word"/> lies in <paramref name="band"/>.</summary>
    public static bool Holds((int Left, int Top, int Width, int Height) band, OcrWord word)
    {
        var middle = word.Top + word.Height / 2;
        return middle >= band.Top && middle < band.Top + band.Height;
    }
}
