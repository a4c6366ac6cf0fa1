using FiscalAudit.Reports.Office;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>A column of a <see cref="PlainWorkbook"/>: its header, whether it holds whole numbers, and its widest (in characters).</summary>
public sealed record PlainColumn(string Header, bool Number = false, int MaxWidth = 30);

/// <summary>
/// A one-sheet workbook in the ledgers' look (title line, frozen header with a filter, A4 landscape)
/// for tables other parts of the system keep, such as the web application's coverage ledger. Marked rows are shaded.
/// </summary>
public static class PlainWorkbook
{
    public static void Write(Stream output, string sheetName, string title, IReadOnlyList<PlainColumn> columns, IEnumerable<(object?[] Values, bool Marked)> rows)
    {
        var sheet = new SheetTable(sheetName, title, columns.Select(c => new SheetColumn(c.Header, c.Number ? ColumnKind.Integer : ColumnKind.Wrap, c.MaxWidth)).ToList());
        foreach (var (values, marked) in rows) sheet.Add(marked ? 1 : 0, values);
        OfficeOutput.Write(output, stream => WorkbookWriter.Write(stream, [sheet]));
    }
}
