using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>The first worksheet of an .xlsx workbook as rows of cell texts, by row number (1-based, as Excel shows it).</summary>
public static class XlsxRecords
{
    public static List<(int Row, string[] Cells)> Read(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        if (first.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) throw new InvalidDataException("first sheet is not a worksheet");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<(int, string[])>();
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
        {
            var cells = new SortedDictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
                if (cell.CellReference?.Value is { } reference) cells[ColumnOf(reference)] = TextOf(cell, shared);
            var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
            rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), Enumerable.Range(0, width).Select(c => cells.GetValueOrDefault(c, "")).ToArray()));
        }
        return rows;
    }

    private static string TextOf(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var value = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index >= 0 && index < shared.Count ? shared[index] : value;
    }

    /// <summary>"C7" → 2.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(column - 1, 0);
    }
}
