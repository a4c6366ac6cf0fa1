namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>Which red print is text and kept when seals are dropped (ocr.json, seals.redText; see its comment).</summary>
public sealed record RedTextSettings(double BlockPoints, double MaxGlyphPoints, double MinHeightPoints, double GapPerHeight, double MinWidthPerHeight);

/// <summary>
/// The lines of red text on a colour scan, told from its seals: a 红头 letterhead (“××区财政局文件”) and a red title are
/// wide lines of large glyphs, side by side at one height; a seal is a ring as high as it is wide (an oval one a little
/// wider), whose name and star lie inside it. The red pixels are looked at in blocks (<see cref="InkBlocks"/>); a patch
/// higher than a glyph is a seal, and patches inside it are its name and star; the other patches that overlap in height
/// and stand close side by side make a line, kept when it is high enough and several times wider than high — a thin red
/// rule under a letterhead is not text and goes with the seals. A short line right under a kept one, of glyphs of its size
/// and within its width, is the rest of a wrapped title (“决算” alone on the title's second line) and is kept too.
/// </summary>
public static class RedText
{
    /// <summary>The boxes (pixels: left, top, right, bottom, exclusive) of the lines of red text among the red pixels of an image <paramref name="width"/> × <paramref name="height"/> at <paramref name="dpi"/>.</summary>
    public static IReadOnlyList<(int Left, int Top, int Right, int Bottom)> Lines(Func<int, int, bool> red, int width, int height, double dpi, RedTextSettings settings)
    {
        var points = dpi / 72;
        var blocks = new InkBlocks(width, height, Math.Max(1, (int)Math.Round(settings.BlockPoints * points)), red);
        var b = blocks.Block;
        var patches = blocks.Patches().Select(p => (Left: p.Left * b, Top: p.Top * b, Right: Math.Min(width, (p.Right + 1) * b), Bottom: Math.Min(height, (p.Bottom + 1) * b))).ToList();
        var seals = patches.Where(p => p.Bottom - p.Top > settings.MaxGlyphPoints * points).ToList();
        var glyphs = patches.Where(p => p.Bottom - p.Top <= settings.MaxGlyphPoints * points
            && !seals.Any(s => s.Left <= p.Left && p.Right <= s.Right && s.Top <= p.Top && p.Bottom <= s.Bottom)).ToList();
        var lines = new List<(int Left, int Top, int Right, int Bottom)>();
        foreach (var glyph in glyphs.OrderBy(g => g.Left))
        {
            var at = lines.FindIndex(l => Beside(l, glyph, settings.GapPerHeight));
            if (at < 0) lines.Add(glyph);
            else lines[at] = (Math.Min(lines[at].Left, glyph.Left), Math.Min(lines[at].Top, glyph.Top), Math.Max(lines[at].Right, glyph.Right), Math.Max(lines[at].Bottom, glyph.Bottom));
        }
        var high = lines.Where(l => l.Bottom - l.Top >= settings.MinHeightPoints * points).ToList();
        var kept = high.Where(l => l.Right - l.Left >= settings.MinWidthPerHeight * (l.Bottom - l.Top)).ToList();
        // A title wrapped onto a short line (“决算” alone): too narrow to tell from a seal by itself, it is text under a kept line.
        for (var added = true; added;)
        {
            var wrapped = high.Except(kept).Where(l => kept.Any(k => Wraps(k, l, settings.GapPerHeight))).ToList();
            kept.AddRange(wrapped);
            added = wrapped.Count > 0;
        }
        return kept;
    }

    /// <summary>Whether <paramref name="next"/> is the wrapped continuation of <paramref name="line"/>: glyphs of its height (half to twice), right below it (at most <paramref name="gapPerHeight"/> of its height apart), within its width.</summary>
    private static bool Wraps((int Left, int Top, int Right, int Bottom) line, (int Left, int Top, int Right, int Bottom) next, double gapPerHeight)
    {
        int height = line.Bottom - line.Top, nextHeight = next.Bottom - next.Top;
        return nextHeight * 2 >= height && nextHeight <= 2 * height && next.Top >= line.Bottom && next.Top - line.Bottom <= gapPerHeight * height
            && next.Left >= line.Left && next.Right <= line.Right;
    }

    /// <summary>Whether <paramref name="glyph"/> (to the right of the line's start) continues <paramref name="line"/>: half of the lower one's height in common, and a gap of at most <paramref name="gapPerHeight"/> of the higher one's.</summary>
    private static bool Beside((int Left, int Top, int Right, int Bottom) line, (int Left, int Top, int Right, int Bottom) glyph, double gapPerHeight)
    {
        var common = Math.Min(line.Bottom, glyph.Bottom) - Math.Max(line.Top, glyph.Top);
        var lower = Math.Min(line.Bottom - line.Top, glyph.Bottom - glyph.Top);
        var higher = Math.Max(line.Bottom - line.Top, glyph.Bottom - glyph.Top);
        return common * 2 >= lower && glyph.Left - line.Right <= gapPerHeight * higher;
    }
}
