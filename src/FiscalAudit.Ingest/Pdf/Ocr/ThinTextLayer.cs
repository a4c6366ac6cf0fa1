using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;
using UglyToad.PdfPig.Content;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>The real text of a scanned page: its glyphs and drawn segments, kept where they are when the page is recognised.</summary>
internal sealed record TextLayer(IReadOnlyList<Glyph> Glyphs, IReadOnlyList<Segment> Segments)
{
    /// <summary>
    /// The page read from its recognised glyphs and segments with this layer's: a recognised word over a real letter is the
    /// letter read again from the image, and left out.
    /// </summary>
    public (List<Glyph> Glyphs, List<Segment> Segments) With(IReadOnlyList<Glyph> recognised, IReadOnlyList<Segment> segments) =>
        ([.. Glyphs, .. recognised.Where(r => !Glyphs.Any(g => Overlap(g, r)))], [.. Segments, .. segments]);

    /// <summary>
    /// The part of this layer on the half of a sheet from <paramref name="from"/> to <paramref name="to"/> points (<see cref="SheetGutter"/>):
    /// the glyphs whose middle lies there and the segments that start there, moved as the half is, to its own left edge.
    /// </summary>
    public TextLayer Columns(double from, double to) => new(
        [.. Glyphs.Where(g => Within((g.Box.Left + g.Box.Right) / 2, from, to)).Select(g => g with
        {
            Box = new BoundingBox(g.Box.Left - from, g.Box.Bottom, g.Box.Right - from, g.Box.Top),
            Origin = g.Origin - from,
            AdvanceEnd = g.AdvanceEnd - from,
        })],
        [.. Segments.Where(s => Within(Math.Min(s.X1, s.X2), from, to)).Select(s => s with { X1 = s.X1 - from, X2 = s.X2 - from })]);

    private static bool Within(double x, double from, double to) => x >= from && x < to;

    private static bool Overlap(Glyph a, Glyph b) =>
        a.Box.Left < b.Box.Right && b.Box.Left < a.Box.Right && a.Box.Bottom < b.Box.Top && b.Box.Bottom < a.Box.Top;
}

/// <summary>
/// Whether a page with some real text is a scan all the same: images cover most of it and its letters are far too few for
/// its area — a page number, a stamp or a header put on a scanned page (ocr.json, thinText).
/// </summary>
internal static class ThinTextLayer
{
    public static bool Over(Page page, ThinTextSettings settings)
    {
        var area = page.Width * page.Height;
        if (area <= 0 || page.Letters.Count >= area / (72 * 72) * settings.MaxLettersPerSquareInch || page.NumberOfImages == 0) return false;
        return Covered(page) >= settings.MinImageCover * area;
    }

    /// <summary>The area the page's images cover; 0 when an image cannot be placed (a damaged image leaves the page read from its text, as before).</summary>
    private static double Covered(Page page)
    {
        try
        {
            return page.GetImages().Sum(i => Clipped(i.BoundingBox.Left, i.BoundingBox.Right, page.Width) * Clipped(i.BoundingBox.Bottom, i.BoundingBox.Top, page.Height));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return 0;
        }
    }

    /// <summary>The length of [<paramref name="from"/>, <paramref name="to"/>] inside [0, <paramref name="size"/>].</summary>
    private static double Clipped(double from, double to, double size) => Math.Max(0, Math.Min(Math.Max(from, to), size) - Math.Max(Math.Min(from, to), 0));
}
