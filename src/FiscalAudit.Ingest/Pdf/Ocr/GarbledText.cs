using System.Text;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// Whether the letters of a page are mojibake: a font whose ToUnicode map is wrong (an identity map of a subset font, a
/// map of another font) gives control characters, accented Latin letters and symbols in place of the Chinese text the page
/// shows. A page of a disclosure is Chinese characters, digits and punctuation; one with enough letters of which too few
/// are such plain characters (ocr.json, garbledText) is read from its image instead.
/// </summary>
public static class GarbledText
{
    public static bool Over(IEnumerable<string> letters, GarbledTextSettings settings)
    {
        var ranges = CodePointRanges.Parse(settings.Plain.Select(range => range.Split('-')));
        int all = 0, plain = 0;
        foreach (var rune in letters.SelectMany(l => l.EnumerateRunes()))
        {
            if (Rune.IsWhiteSpace(rune)) continue;
            all++;
            if (CodePointRanges.Contains(ranges, rune.Value)) plain++;
        }
        return all >= settings.MinLetters && plain < settings.MinPlainShare * all;
    }
}
