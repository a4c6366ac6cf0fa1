using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FiscalAudit.Reports.Office;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>
/// Writes sheets as an .xlsx workbook: title line, frozen header row with a filter, column widths from
/// the content, numbers as numbers, shared strings, and printing set to A4 landscape, one page wide,
/// header row repeated, page numbers in the footer.
/// </summary>
internal static class WorkbookWriter
{
    private const int TitleRow = 1;
    private const int HeaderRow = 2;
    private const int MinWidth = 6;
    private const double LineHeight = 14.25;
    private const double RowPadding = 3;

    public static void Write(Stream output, IReadOnlyList<SheetTable> tables)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Build();
        var strings = new SharedStrings();
        var sheets = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = Worksheet(table, strings, i == 0);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = (uint)(i + 1), Name = table.Name });
            var quoted = $"'{table.Name}'";
            names.Append(new DefinedName($"{quoted}!${Column(0)}${HeaderRow}:${Column(table.Columns.Count - 1)}${LastRow(table)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            names.Append(new DefinedName($"{quoted}!${HeaderRow}:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        }
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets, names);
        workbookPart.Workbook.Save();
    }

    private static Worksheet Worksheet(SheetTable table, SharedStrings strings, bool selected)
    {
        var last = Column(table.Columns.Count - 1);
        var widths = Widths(table);
        var data = new SheetData();
        data.Append(new Row(TextCell(Column(0) + TitleRow, table.Title, WorkbookStyles.Title, strings)) { RowIndex = TitleRow, Height = 28, CustomHeight = true });
        data.Append(new Row(table.Columns.Select((c, i) => TextCell(Column(i) + HeaderRow, c.Header, WorkbookStyles.Header, strings))) { RowIndex = HeaderRow, Height = Height(table.Columns.Select(c => c.Header).ToArray(), widths) });
        var rowIndex = (uint)HeaderRow;
        foreach (var (values, band) in table.Rows)
        {
            rowIndex++;
            var row = new Row { RowIndex = rowIndex, Height = Height(values, widths) };
            for (var c = 0; c < values.Length; c++) row.Append(BodyCell(Column(c) + rowIndex, table.Columns[c].Kind, values[c], band, strings));
            data.Append(row);
        }
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{last}{LastRow(table)}" },
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = HeaderRow, TopLeftCell = "A" + (HeaderRow + 1), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A" + (HeaderRow + 1), SequenceOfReferences = new ListValue<StringValue> { InnerText = "A" + (HeaderRow + 1) } })
            { TabSelected = selected, WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = LineHeight + RowPadding },
            Columns(table, widths),
            data,
            new AutoFilter { Reference = $"A{HeaderRow}:{last}{LastRow(table)}" },
            new MergeCells(new MergeCell { Reference = $"A{TitleRow}:{last}{TitleRow}" }) { Count = 1 },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
    }

    /// <summary>Each column as wide as its widest line (header included), within its limits.</summary>
    private static double[] Widths(SheetTable table) =>
        table.Columns.Select((column, c) =>
        {
            var widest = table.Rows.Select(r => TextWidth.Of(PrintedValue.Text(r.Values[c]))).Append(TextWidth.Of(column.Header)).Max();
            return (double)Math.Clamp(widest, MinWidth, column.MaxWidth) + 2;
        }).ToArray();

    private static Columns Columns(SheetTable table, double[] widths)
    {
        var columns = new Columns();
        for (var c = 0; c < widths.Length; c++)
        {
            var index = (uint)(c + 1);
            var column = new Column { Min = index, Max = index, Width = widths[c], CustomWidth = true };
            if (table.Columns[c].Foldable) column.OutlineLevel = 1;
            columns.Append(column);
        }
        return columns;
    }

    /// <summary>
    /// Rows as tall as their most wrapped cell: spreadsheet programs do not all fit row heights to
    /// wrapped text when they open a file, so the writer sets them.
    /// </summary>
    private static double Height(IReadOnlyList<object?> values, double[] widths)
    {
        var lines = 1;
        for (var c = 0; c < values.Count; c++) lines = Math.Max(lines, TextWidth.Lines(PrintedValue.Text(values[c]), widths[c] - 1));
        return lines * LineHeight + RowPadding;
    }

    private static Cell BodyCell(string reference, ColumnKind kind, object? value, int band, SharedStrings strings) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = WorkbookStyles.Body(Look(kind), band) },
        int i => new Cell { CellReference = reference, CellValue = new CellValue(i), DataType = CellValues.Number, StyleIndex = WorkbookStyles.Body(CellLook.Integer, band) },
        decimal d => new Cell { CellReference = reference, CellValue = new CellValue(d), DataType = CellValues.Number, StyleIndex = WorkbookStyles.Amount(PrintedValue.Scale(d), band) },
        _ => TextCell(reference, PrintedValue.Text(value), WorkbookStyles.Body(Look(kind), band), strings),
    };

    private static CellLook Look(ColumnKind kind) => kind switch
    {
        ColumnKind.Wrap or ColumnKind.Amount => CellLook.Wrap,
        ColumnKind.Center => CellLook.Center,
        _ => CellLook.Text,
    };

    private static Cell TextCell(string reference, string text, uint style, SharedStrings strings) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(strings.Index(text.Length > SheetTable.MaxCellText ? text[..SheetTable.MaxCellText] : text)),
        DataType = CellValues.SharedString,
        StyleIndex = style,
    };

    private static int LastRow(SheetTable table) => HeaderRow + Math.Max(table.Rows.Count, 1);

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>The shared string table, each distinct text once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public int Index(string text)
        {
            if (indexes.TryGetValue(text, out var index)) return index;
            index = indexes.Count;
            indexes.Add(text, index);
            Table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            return index;
        }
    }
}
