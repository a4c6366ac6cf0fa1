using System.Globalization;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// One word tesseract recognised: its text, its box in pixels from the top left of the image, its confidence (0–100),
/// and the line of the page it belongs to (block, paragraph and line numbers) with the line's top and bottom: a word's own
/// box is its ink's (“一” a thin bar in the middle of the line), the line's is where its characters stand.
/// </summary>
public sealed record OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence, (int Block, int Paragraph, int Line) LineKey, int LineTop, int LineBottom)
{
    /// <summary>
    /// The words of tesseract's TSV output (level 5 rows: level, page, block, paragraph, line, word, left, top, width, height,
    /// confidence, text); rows without text are left out.
    /// </summary>
    public static IReadOnlyList<OcrWord> FromTsv(string tsv)
    {
        var rows = tsv.Split('\n').Select(row => row.TrimEnd('\r').Split('\t')).Where(f => f.Length >= 12).ToList();
        var lines = rows.Where(f => f[0] == "4").GroupBy(Key).ToDictionary(g => g.Key, g => (Top: Int(g.First()[7]), Bottom: Int(g.First()[7]) + Int(g.First()[9])));
        return rows.Where(f => f[0] == "5" && f[11].Trim().Length > 0)
            .Select(f =>
            {
                var line = lines.TryGetValue(Key(f), out var l) ? l : (Top: Int(f[7]), Bottom: Int(f[7]) + Int(f[9]));
                return new OcrWord(f[11].Trim(), Int(f[6]), Int(f[7]), Int(f[8]), Int(f[9]),
                    double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : 0, Key(f), line.Top, line.Bottom);
            })
            .ToList();
    }

    private static (int, int, int) Key(string[] fields) => (Int(fields[2]), Int(fields[3]), Int(fields[4]));

    private static int Int(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
