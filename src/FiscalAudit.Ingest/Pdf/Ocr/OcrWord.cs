using System.Globalization;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// One word tesseract recognised: its text, its ink's box in pixels from the top left of the image, its confidence (0–100),
/// and the line it belongs to (page — the image of a list —, block, paragraph and line numbers).
/// </summary>
public sealed record OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence, (int Page, int Block, int Paragraph, int Line) LineKey)
{
    /// <summary>
    /// The words of tesseract's TSV output (level 5 rows: level, page, block, paragraph, line, word, left, top, width, height,
    /// confidence, text); rows without text are left out.
    /// </summary>
    public static IReadOnlyList<OcrWord> FromTsv(string tsv) =>
        tsv.Split('\n')
            .Select(row => row.TrimEnd('\r').Split('\t'))
            .Where(f => f.Length >= 12 && f[0] == "5" && f[11].Trim().Length > 0)
            .Select(f => new OcrWord(f[11].Trim(), Int(f[6]), Int(f[7]), Int(f[8]), Int(f[9]),
                double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : 0, (Int(f[1]), Int(f[2]), Int(f[3]), Int(f[4]))))
            .ToList();

    private static int Int(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
