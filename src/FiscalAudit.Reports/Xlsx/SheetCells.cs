using DocumentFormat.OpenXml.Spreadsheet;
using FiscalAudit.Reports.Office;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>Cells of a ledger sheet: whole numbers and decimals as numbers (with their printed decimals), everything else as shared text.</summary>
internal static class SheetCells
{
    public static Cell Body(string reference, ColumnKind kind, object? value, int band, SharedStrings strings) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = WorkbookStyles.Body(Look(kind), band) },
        int i => new Cell { CellReference = reference, CellValue = new CellValue(i), DataType = CellValues.Number, StyleIndex = WorkbookStyles.Body(CellLook.Integer, band) },
        decimal d => new Cell { CellReference = reference, CellValue = new CellValue(d), DataType = CellValues.Number, StyleIndex = WorkbookStyles.Amount(PrintedValue.Scale(d), band) },
        _ => Text(reference, PrintedValue.Text(value), WorkbookStyles.Body(Look(kind), band), strings),
    };

    /// <summary>A text cell; text beyond what a cell holds is cut.</summary>
    public static Cell Text(string reference, string text, uint style, SharedStrings strings) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(strings.Index(text.Length > SheetTable.MaxCellText ? text[..SheetTable.MaxCellText] : text)),
        DataType = CellValues.SharedString,
        StyleIndex = style,
    };

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    private static CellLook Look(ColumnKind kind) => kind switch
    {
        ColumnKind.Wrap or ColumnKind.Amount => CellLook.Wrap,
        ColumnKind.Center => CellLook.Center,
        _ => CellLook.Text,
    };
}
