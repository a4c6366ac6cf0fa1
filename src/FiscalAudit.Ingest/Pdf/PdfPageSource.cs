using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>
/// Adapts a PdfPig page to the layout chain's inputs: glyphs and drawn segments. A glyph's advance ends at its letter's end of baseline
/// (PdfPig: its origin plus the font's width for it, scaled; character and word spacing come after it, before the next origin).
/// </summary>
internal static class PdfPageSource
{
    private static PdfSettings Settings => PdfSettings.Default;

    public static IEnumerable<Glyph> Glyphs(Page page) =>
        page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal)
            .Select(l =>
            {
                var r = l.BoundingBox;
                var size = l.PointSize > 1 ? l.PointSize : Math.Max(r.Height, 1);
                if (IsFontBox(l, size)) return new Glyph(l.Value, EmBox(l, size), l.StartBaseLine.Y, size, l.StartBaseLine.X, l.EndBaseLine.X);
                var right = r.Width > 0 ? r.Right : Math.Max(l.EndBaseLine.X, r.Left);
                return new Glyph(l.Value, new BoundingBox(r.Left, Math.Min(r.Bottom, r.Top), right, Math.Max(r.Bottom, r.Top)), l.StartBaseLine.Y, size, l.StartBaseLine.X, l.EndBaseLine.X);
            });

    /// <summary>
    /// True when the letter's box is its font's bounding box rather than its glyph's (no usable font program: one hidden
    /// by <see cref="LargeFontPrograms"/> or one the reader could not parse): far wider than the letter's advance or far
    /// taller than its size.
    /// </summary>
    private static bool IsFontBox(Letter letter, double size)
    {
        var advance = Math.Abs(letter.EndBaseLine.X - letter.StartBaseLine.X);
        return advance > 0 && (letter.BoundingBox.Width > 2 * advance + 1 || Math.Abs(letter.BoundingBox.Height) > 2 * size);
    }

    /// <summary>The letter's advance by the height of an em from its descent below its baseline (pdf.json): where a glyph of it can be.</summary>
    private static BoundingBox EmBox(Letter letter, double size) =>
        new(Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X), letter.StartBaseLine.Y - Settings.Descent * size,
            Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X), letter.StartBaseLine.Y + (1 - Settings.Descent) * size);

    public static IEnumerable<Segment> Segments(Page page)
    {
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            foreach (var subpath in path)
            {
                if (path.IsFilled && !path.IsStroked)
                {
                    if (subpath.GetBoundingRectangle() is PdfRectangle box && ThinFills.Rule(box.Left, box.Bottom, box.Right, box.Top, Settings.ThinFill) is { } rule)
                        yield return rule;
                    continue;
                }
                foreach (var segment in StrokedSegments(subpath)) yield return segment;
            }
        }
    }

    private static IEnumerable<Segment> StrokedSegments(PdfSubpath subpath)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    yield return new Segment(line.From.X, line.From.Y, line.To.X, line.To.Y);
                    start ??= line.From;
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is PdfPoint s && current is PdfPoint c:
                    yield return new Segment(c.X, c.Y, s.X, s.Y);
                    current = s;
                    break;
            }
        }
    }
}
