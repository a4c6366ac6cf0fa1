using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalAudit.Tests.Reports;

/// <summary>One cell read back: its text and whether it was stored as a number.</summary>
internal sealed record SheetCell(string Text, bool IsNumber)
{
    public decimal Number => decimal.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>An .xlsx read back with OpenXml: per sheet, the header row (row 2, under the title) and each body row by header.</summary>
internal sealed class WorkbookContent
{
    private const int HeaderRow = 2;

    private readonly Dictionary<string, List<Dictionary<string, SheetCell>>> sheets = new(StringComparer.Ordinal);

    private WorkbookContent(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? new List<string>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            SheetNames.Add(sheet.Name!.Value!);
            var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            Titles[sheet.Name!.Value!] = Value(rows[0].Elements<Cell>().First(), strings).Text;
            var headers = rows.Single(r => r.RowIndex!.Value == HeaderRow).Elements<Cell>().ToDictionary(c => Column(c), c => Value(c, strings).Text);
            sheets[sheet.Name!.Value!] = rows.Where(r => r.RowIndex!.Value > HeaderRow)
                .Select(r => r.Elements<Cell>().Where(c => c.CellValue is not null).ToDictionary(c => headers[Column(c)], c => Value(c, strings)))
                .Where(r => r.Count > 0)
                .ToList();
        }
    }

    public List<string> SheetNames { get; } = new();

    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);

    public static WorkbookContent Read(byte[] bytes) => new(bytes);

    public IReadOnlyList<Dictionary<string, SheetCell>> Rows(string sheet) => sheets[sheet];

    private static string Column(Cell cell) => new(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());

    private static SheetCell Value(Cell cell, IReadOnlyList<string> strings)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        return cell.DataType?.Value == CellValues.SharedString
            ? new SheetCell(strings[int.Parse(raw, CultureInfo.InvariantCulture)], false)
            : new SheetCell(raw, true);
    }
}
