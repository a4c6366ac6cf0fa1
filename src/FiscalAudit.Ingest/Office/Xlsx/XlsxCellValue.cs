using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>A cell's displayed text and its raw stored value (numbers unformatted, strings resolved).</summary>
internal sealed record XlsxCellValue(string Text, string? Stored, bool HasFormulaWithoutValue)
{
    public static XlsxCellValue Read(Cell cell, IReadOnlyList<string> sharedStrings, XlsxStyles styles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        // Some exporters write an inline string's text as a plain value instead of an <is> element.
        if (type == CellValues.InlineString) return FromString(cell.InlineString is { } inline ? RichText.Of(inline) : raw ?? string.Empty);
        if (raw is null) return new XlsxCellValue(string.Empty, null, cell.CellFormula is not null);
        if (type == CellValues.SharedString)
        {
            var found = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count;
            return FromString(found ? sharedStrings[index] : string.Empty);
        }
        if (type == CellValues.Boolean) return new XlsxCellValue(raw.Trim() is "1" or "true" ? "TRUE" : "FALSE", raw, false);
        if (type == CellValues.String || type == CellValues.Error) return FromString(raw);
        if (type == CellValues.Date) return new XlsxCellValue(raw, raw, false);
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return new XlsxCellValue(raw.Trim(), raw, false);
        var code = styles.FormatCode(cell.StyleIndex?.Value);
        var shown = code.Trim() is "@" ? NumberFormatter.General(number) : NumberFormatter.Format(number, code);
        return new XlsxCellValue(shown, raw, false);
    }

    /// <summary>
    /// The paragraphs of a text cell typed with line breaks (Alt+Enter) — a 情况说明 written into one merged cell: a line
    /// that ends a sentence or is a heading (“一、收入决算情况说明”) ends its paragraph, a line starting a new item starts one,
    /// other lines run on (a title broken to fit the cell). A cell without line breaks is one paragraph, its text.
    /// </summary>
    public IReadOnlyList<string> Paragraphs()
    {
        var lines = Lines(Stored ?? Text).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count <= 1) return [Text];
        var paragraphs = new List<string> { lines[0] };
        foreach (var line in lines.Skip(1))
        {
            var last = paragraphs[^1];
            var ends = ParagraphJoiner.EndsSentence(last) || ParagraphJoiner.IsTitle(last) || ParagraphJoiner.IsShortHeading(last) || ParagraphJoiner.StartsNewItem(line);
            if (ends) paragraphs.Add(line);
            else paragraphs[^1] = ParagraphJoiner.Join(last, line);
        }
        return paragraphs;
    }

    private static XlsxCellValue FromString(string text) => new(Clean(text), text, false);

    /// <summary>Line breaks inside a cell (Alt+Enter) are joined the Chinese way, as wrapped lines are.</summary>
    private static string Clean(string text) => Lines(text).Aggregate(string.Empty, ParagraphJoiner.Join).Trim();

    /// <summary>The lines a cell's text is typed in (Alt+Enter), no-break spaces as spaces.</summary>
    private static string[] Lines(string text) => text.Replace('\u00A0', ' ').Replace('\r', '\n').Split('\n');
}
