using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// Recognised words → the glyphs a text page gives, in PDF points: each word's box split evenly over its characters, as high as
/// its line and on the line's foot, with its line's font size (the median height of the line's words). Remains of ruling lines are taken
/// off the words' ends, and words that are otherwise numbers are corrected (<see cref="OcrNumbers"/>). Characters tesseract
/// reads apart (“部 门 决 算”) are separate words whose boxes stand close together: the layout chain joins them as it joins
/// the letters of a text page.
/// </summary>
public static class OcrGlyphs
{
    public static IEnumerable<Glyph> From(IReadOnlyList<OcrWord> words, double imageHeight, double dpi, OcrSettings settings)
    {
        var scale = 72.0 / dpi;
        var trim = settings.Trim.ToCharArray();
        foreach (var line in words.GroupBy(w => w.LineKey))
        {
            var heights = line.Select(w => w.Height).Order().ToList();
            var size = heights[heights.Count / 2] * scale * settings.FontSizePerHeight;
            foreach (var word in line)
            {
                var text = OcrNumbers.Correct(word.Text.Trim(trim), settings.Numbers);
                var characters = text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r)).Select(r => r.ToString()).ToList();
                if (characters.Count == 0) continue;
                var bottom = (imageHeight - word.LineBottom) * scale;
                var top = (imageHeight - word.LineTop) * scale;
                var each = word.Width * scale / characters.Count;
                for (var i = 0; i < characters.Count; i++)
                {
                    var left = word.Left * scale + i * each;
                    yield return new Glyph(characters[i], new BoundingBox(left, bottom, left + each, top), bottom, size, left);
                }
            }
        }
    }
}
