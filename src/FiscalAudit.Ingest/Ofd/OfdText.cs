using System.Text;
using System.Xml.Linq;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// A TextObject → the glyphs a PDF page gives, in points. Each TextCode places its first character's origin at X, Y (a code
/// without them goes on where the previous one ended) and the next ones by DeltaX/DeltaY (without one, by the character's
/// width); a glyph's box is an em of the object's Size from a little below the baseline, as wide as the character
/// (<see cref="OfdSettings.Width"/>) but no wider than its advance. Text turned or slanted by its CTM is not read, as a
/// PDF's text that is not horizontal is not.
/// </summary>
internal static class OfdText
{
    public static IEnumerable<Glyph> Glyphs(XElement text, OfdNumbers numbers, OfdPageArea area, OfdSettings settings)
    {
        var transform = OfdTransform.Of(text, numbers);
        var size = numbers.Number(text, "Size", 0);
        if (size <= 0) throw numbers.Bad(text, "Size", (string?)text.Attribute("Size") ?? "（缺少）");
        if (!transform.IsUpright) yield break;
        var (x, y) = (0.0, 0.0);
        foreach (var code in text.Children("TextCode"))
        {
            var characters = code.Value.EnumerateRunes().ToList();
            x = numbers.Optional(code, "X") ?? x;
            y = numbers.Optional(code, "Y") ?? y;
            var deltaX = OfdDeltas.Expand(code, "DeltaX", characters.Count - 1, numbers);
            var deltaY = OfdDeltas.Expand(code, "DeltaY", characters.Count - 1, numbers);
            for (var i = 0; i < characters.Count; i++)
            {
                var width = settings.Width(characters[i]) * size;
                var advance = i < deltaX.Count ? deltaX[i] : width;
                yield return Glyph(characters[i], x, y, advance > 0 ? Math.Min(width, advance) : width, size, transform, area, settings);
                x += advance;
                y += i < deltaY.Count ? deltaY[i] : 0;
            }
        }
    }

    private static Glyph Glyph(Rune character, double x, double y, double width, double size, OfdTransform transform, OfdPageArea area, OfdSettings settings)
    {
        var k = settings.PointsPerMillimetre;
        var (left, top) = Point(x, y - (1 - settings.Descent) * size, transform, area, k);
        var (right, bottom) = Point(x + width, y + settings.Descent * size, transform, area, k);
        var (origin, baseline) = Point(x, y, transform, area, k);
        return new Glyph(character.ToString(), new BoundingBox(left, bottom, right, top), baseline, size * transform.D * k, origin);
    }

    private static (double X, double Y) Point(double x, double y, OfdTransform transform, OfdPageArea area, double perMillimetre)
    {
        var (pageX, pageY) = transform.Apply(x, y);
        return area.ToPoints(pageX, pageY, perMillimetre);
    }
}
