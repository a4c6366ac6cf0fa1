using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// Recognised words → the glyphs a text page gives, in PDF points: each word's box split evenly over its characters. A word's
/// own box is its ink's (“一” is a thin bar in the middle of the line, “，” sits at its foot), so glyphs are placed by the
/// middle of the ink, where the middle of an em of Chinese type and of a figure lies, with the line's font size (the median
/// height of its words); a mark much lower than the line's words (a comma, a point, a bar) is set on their middle. Remains
/// of ruling lines are taken off the words' ends, and words that are otherwise numbers are corrected (<see cref="OcrNumbers"/>), as are percent signs read as “96” (<see cref="PercentMisreads"/>), and look-alike characters in fiscal words are set right across the line (<see cref="LookAlikes"/>).
/// Characters tesseract reads apart (“部 门 决 算”) are separate words whose boxes stand close together: the layout chain joins
/// them as it joins the letters of a text page.
/// </summary>
public static class OcrGlyphs
{
    public static IEnumerable<Glyph> From(IReadOnlyList<OcrWord> words, double imageHeight, double dpi, OcrSettings settings)
    {
        var scale = 72.0 / dpi;
        var trim = settings.Trim.ToCharArray();
        foreach (var line in PercentMisreads.Corrected(words, settings.Numbers).GroupBy(w => w.LineKey))
        {
            var height = Median(line.Select(w => (double)w.Height));
            var size = height * scale * settings.FontSizePerHeight;
            var full = line.Where(w => w.Height >= settings.ShortMarkHeight * height).ToList();
            var lineMiddle = Median(full.Select(Middle));
            var ordered = line.OrderBy(w => w.Left).ToList();
            var read = ordered.Select(w => OcrNumbers.Correct(w.Text.Trim(trim), settings.Numbers).EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r)).Select(r => r.ToString()).ToList()).ToList();
            var corrected = read.SelectMany(w => w).ToList();
            LookAlikes.Correct(corrected, settings.LookAlikes);
            for (int n = 0, start = 0; n < ordered.Count; start += read[n].Count, n++)
            {
                var word = ordered[n];
                var characters = corrected.GetRange(start, read[n].Count);
                if (characters.Count == 0) continue;
                var middle = (imageHeight - (word.Height >= settings.ShortMarkHeight * height ? Middle(word) : lineMiddle)) * scale;
                var baseline = middle - settings.MiddleAboveBaseline * size;
                // A box reaching over the next word's start (tesseract's boxes of Chinese words are loose) ends there, so
                // that the characters keep their order.
                var right = n + 1 < ordered.Count && ordered[n + 1].Left > word.Left ? Math.Min(word.Left + word.Width, ordered[n + 1].Left) : word.Left + word.Width;
                var each = (right - word.Left) * scale / characters.Count;
                for (var i = 0; i < characters.Count; i++)
                {
                    var left = word.Left * scale + i * each;
                    yield return new Glyph(characters[i], new BoundingBox(left, baseline - settings.Descent * size, left + each, baseline + (1 - settings.Descent) * size), baseline, size, left);
                }
            }
        }
    }

    private static double Middle(OcrWord word) => word.Top + word.Height / 2.0;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
