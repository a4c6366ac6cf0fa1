using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FiscalAudit.Reports.Office;
using static FiscalAudit.Reports.Xlsx.SheetCells;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>
/// Writes sheets as an .xlsx workbook: title line, frozen header row with a filter, column widths and
/// row heights from the content, numbers as numbers, shared strings, and printing set to A4 landscape,
/// one page wide, header row repeated, page numbers in the footer. Rows are streamed into the package
/// one at a time, so a ledger of a thousand documents does not build a document tree in memory.
/// </summary>
internal static class WorkbookWriter
{
    private const int TitleRow = 1;
    private const int HeaderRow = 2;
    private const int MinWidth = 6;
    private const double TitleHeight = 28;
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
            WriteSheet(sheetPart, table, strings, selected: i == 0);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = (uint)(i + 1), Name = table.Name });
            var quoted = $"'{table.Name}'";
            names.Append(new DefinedName($"{quoted}!$A${HeaderRow}:${Column(table.Columns.Count - 1)}${LastRow(table)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            names.Append(new DefinedName($"{quoted}!${HeaderRow}:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        }
        strings.WriteTo(workbookPart.AddNewPart<SharedStringTablePart>());
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets, names);
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, SheetTable table, SharedStrings strings, bool selected)
    {
        var last = Column(table.Columns.Count - 1);
        var widths = Widths(table);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetDimension { Reference = $"A{TitleRow}:{last}{LastRow(table)}" });
        writer.WriteElement(FrozenHeader(selected));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = LineHeight + RowPadding });
        writer.WriteElement(Columns(table, widths));

        writer.WriteStartElement(new SheetData());
        writer.WriteElement(new Row(Text(Column(0) + TitleRow, table.Title, WorkbookStyles.Title, strings)) { RowIndex = TitleRow, Height = TitleHeight, CustomHeight = true });
        var headers = table.Columns.Select(c => c.Header).ToArray();
        writer.WriteElement(new Row(headers.Select((h, c) => Text(Column(c) + HeaderRow, h, WorkbookStyles.Header, strings))) { RowIndex = HeaderRow, Height = Height(headers, widths) });
        var index = (uint)HeaderRow;
        foreach (var (values, band) in table.Rows)
        {
            index++;
            var row = new Row { RowIndex = index, Height = Height(values, widths) };
            for (var c = 0; c < values.Length; c++) row.Append(Body(Column(c) + index, table.Columns[c].Kind, values[c], band, strings));
            writer.WriteElement(row);
        }
        writer.WriteEndElement();

        writer.WriteElement(new AutoFilter { Reference = $"A{HeaderRow}:{last}{LastRow(table)}" });
        writer.WriteElement(new MergeCells(new MergeCell { Reference = $"A{TitleRow}:{last}{TitleRow}" }) { Count = 1 });
        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteElement(new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        writer.WriteEndElement();
    }

    /// <summary>Title and header rows stay in view while scrolling.</summary>
    private static SheetViews FrozenHeader(bool selected)
    {
        var firstBodyCell = "A" + (HeaderRow + 1);
        return new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRow, TopLeftCell = firstBodyCell, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstBodyCell, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstBodyCell } })
        { TabSelected = selected, WorkbookViewId = 0 });
    }

    /// <summary>Each column as wide as its widest line (header included), within its limits.</summary>
    private static double[] Widths(SheetTable table) =>
        table.Columns.Select((column, c) =>
        {
            var widest = table.Rows.Select(r => TextWidth.Of(PrintedValue.Text(r.Values[c]))).Append(TextWidth.Of(column.Header)).Max();
            return (double)Math.Clamp(widest, MinWidth, column.MaxWidth) + 2;
        }).ToArray();

    /// <summary>The column widths; the machine columns (规则编号, 位置) can be folded away.</summary>
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

    private static int LastRow(SheetTable table) => HeaderRow + Math.Max(table.Rows.Count, 1);
}
