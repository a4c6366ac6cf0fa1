using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Builds small .xlsx workbooks in memory with the OpenXml SDK. Style indexes: see <see cref="Styles"/>.
/// Strings go to the shared string table unless written inline.
/// </summary>
internal sealed class TestXlsx
{
    /// <summary>Cell style indexes of the workbook's stylesheet.</summary>
    public static class Styles
    {
        public const uint General = 0;
        public const uint TwoDecimals = 1;
        public const uint Thousands = 2;
        public const uint Percent = 3;
        public const uint PercentTwo = 4;
        public const uint Bold = 5;
        public const uint RedNegative = 6;
        public const uint WanYuan = 7;
        public const uint ChineseDate = 8;
        /// <summary>Text wrapped within its column's width, at the foot of its cell (Excel's default).</summary>
        public const uint Wrapped = 9;
        /// <summary>Two decimals with thousands separators, centred across and down the cell.</summary>
        public const uint ThousandsCentred = 10;
        /// <summary>Text wrapped within its column's width, centred down the cell.</summary>
        public const uint WrappedCentred = 11;
    }

    /// <summary>Cells of a table styled <see cref="Styles.TwoDecimals"/>, <see cref="Styles.Wrapped"/>, <see cref="Styles.ThousandsCentred"/> or <see cref="Styles.WrappedCentred"/> drawn with thin borders (a ruled print).</summary>
    public bool Bordered { get; init; }

    /// <summary>
    /// How a sheet is printed: landscape or portrait, the header and footer codes (&amp;A sheet name, &amp;P page), all columns on the width
    /// of one page, and the top margin in inches (0: the application's default), which moves where the pages break.
    /// </summary>
    public sealed record PrintSetup(bool Landscape = false, string Header = "", string Footer = "", bool FitToWidth = true, double TopMargin = 0);

    private readonly List<(string Name, List<Cell> Cells, List<string> Merges, SortedDictionary<uint, double> Widths, Dictionary<uint, double> Heights, SortedSet<uint> Breaks, PrintSetup Print, HashSet<uint> HiddenRows, SortedSet<uint> HiddenColumns)> sheets = new();
    private readonly List<string> shared = new();
    private readonly HashSet<string> hiddenSheets = new();

    /// <summary>The size in points of the workbook's font (bold and regular).</summary>
    public double FontSize { get; init; } = 11;

    public TestXlsx Sheet(string name, PrintSetup? print = null)
    {
        sheets.Add((name, new List<Cell>(), new List<string>(), new SortedDictionary<uint, double>(), new Dictionary<uint, double>(), new SortedSet<uint>(), print ?? new PrintSetup(), new HashSet<uint>(), new SortedSet<uint>()));
        return this;
    }

    /// <summary>The height of row <paramref name="row"/> in points (as Excel stores a row fitted to wrapped text).</summary>
    public TestXlsx Height(uint row, double points)
    {
        sheets[^1].Heights[row] = points;
        return this;
    }

    /// <summary>Hides the last sheet (Excel's “隐藏工作表”).</summary>
    public TestXlsx HideSheet()
    {
        hiddenSheets.Add(sheets[^1].Name);
        return this;
    }

    /// <summary>Hides row <paramref name="row"/> of the last sheet (Excel's “隐藏”: the row is kept in the file, not shown).</summary>
    public TestXlsx HideRow(uint row)
    {
        sheets[^1].HiddenRows.Add(row);
        return this;
    }

    /// <summary>Hides column <paramref name="column"/> (1 = A) of the last sheet.</summary>
    public TestXlsx HideColumn(uint column)
    {
        sheets[^1].HiddenColumns.Add(column);
        return this;
    }

    /// <summary>The height in points given to row <paramref name="row"/> of the last sheet (0 when none was).</summary>
    public double HeightOf(uint row) => sheets[^1].Heights.GetValueOrDefault(row);

    /// <summary>A manual page break after row <paramref name="row"/>: the next row is printed at the top of a new page.</summary>
    public TestXlsx Break(uint row)
    {
        sheets[^1].Breaks.Add(row);
        return this;
    }

    /// <summary>The width of column <paramref name="column"/> (1 = A) in characters of the default font.</summary>
    public TestXlsx Width(uint column, double width)
    {
        sheets[^1].Widths[column] = width;
        return this;
    }

    /// <summary>The width of column <paramref name="column"/> (1 = A) of the current sheet: as set, else <see cref="StandardWidth"/>.</summary>
    public double WidthOf(uint column) => sheets[^1].Widths.GetValueOrDefault(column, StandardWidth);

    /// <summary>The width in characters of a column whose width is not set (a spreadsheet's standard width).</summary>
    public const double StandardWidth = 8.43;

    public TestXlsx Text(string address, string text, uint style = Styles.General, bool inline = false)
    {
        var cell = new Cell { CellReference = address, StyleIndex = style };
        if (inline)
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text));
        }
        else
        {
            if (!shared.Contains(text)) shared.Add(text);
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(shared.IndexOf(text).ToString(CultureInfo.InvariantCulture));
        }
        return Add(cell);
    }

    public TestXlsx Number(string address, string stored, uint style = Styles.General) =>
        Add(new Cell { CellReference = address, StyleIndex = style, CellValue = new CellValue(stored) });

    /// <summary>One row's cells from column A on: empty cells left out, amounts stored as numbers, other cells as text.</summary>
    public TestXlsx Row(int row, IReadOnlyList<string> cells)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            var address = $"{(char)('A' + c)}{row}";
            if (cells[c].Length == 0) continue;
            if (decimal.TryParse(cells[c], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)) Number(address, cells[c]);
            else Text(address, cells[c]);
        }
        return this;
    }

    public TestXlsx Boolean(string address, bool value) =>
        Add(new Cell { CellReference = address, DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") });

    public TestXlsx Formula(string address, string formula, string? cached, uint style = Styles.General)
    {
        var cell = new Cell { CellReference = address, StyleIndex = style, CellFormula = new CellFormula(formula) };
        if (cached is not null) cell.CellValue = new CellValue(cached);
        return Add(cell);
    }

    /// <summary>A cell element without a value (as Excel writes bordered blank cells).</summary>
    public TestXlsx Blank(string address, uint style = Styles.General) => Add(new Cell { CellReference = address, StyleIndex = style });

    public TestXlsx Merge(string range)
    {
        sheets[^1].Merges.Add(range);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable =
                new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            uint id = 1;
            foreach (var (name, cells, merges, widths, heights, breaks, print, hiddenRows, hiddenColumns) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in cells.GroupBy(c => RowOf(c.CellReference!.Value!)).OrderBy(g => g.Key))
                    data.Append(new Row(row.OrderBy(c => c.CellReference!.Value!.Length).ThenBy(c => c.CellReference!.Value, StringComparer.Ordinal).Select(c => c.CloneNode(true))) { RowIndex = row.Key, Height = heights.TryGetValue(row.Key, out var height) ? height : null, CustomHeight = heights.ContainsKey(row.Key) ? true : null, Hidden = hiddenRows.Contains(row.Key) ? true : null });
                part.Worksheet = new Worksheet();
                if (print.FitToWidth) part.Worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
                var columns = widths.Keys.Union(hiddenColumns).Order().Select(c => new Column { Min = c, Max = c, Width = widths.GetValueOrDefault(c, StandardWidth), CustomWidth = widths.ContainsKey(c) ? true : null, Hidden = hiddenColumns.Contains(c) ? true : null });
                if (widths.Count + hiddenColumns.Count > 0) part.Worksheet.Append(new Columns(columns));
                part.Worksheet.Append(data);
                if (merges.Count > 0) part.Worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                if (print.TopMargin > 0)
                    part.Worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = print.TopMargin, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
                if (print.Landscape || print.FitToWidth)
                {
                    part.Worksheet.Append(new PageSetup
                    {
                        Orientation = print.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                        PaperSize = 9,
                        FitToWidth = print.FitToWidth ? 1u : null,
                        FitToHeight = print.FitToWidth ? 0u : null,
                    });
                }
                if (print.Header.Length + print.Footer.Length > 0)
                    part.Worksheet.Append(new HeaderFooter(new OddHeader(print.Header), new OddFooter(print.Footer)));
                if (breaks.Count > 0)
                    part.Worksheet.Append(new RowBreaks(breaks.Select(b => new Break { Id = b, Max = 16383u, ManualPageBreak = true })) { Count = (uint)breaks.Count, ManualBreakCount = (uint)breaks.Count });
                workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part), State = hiddenSheets.Contains(name) ? SheetStateValues.Hidden : null });
            }
        }
        return stream.ToArray();
    }

    private TestXlsx Add(Cell cell)
    {
        sheets[^1].Cells.Add(cell);
        return this;
    }

    private static uint RowOf(string address) => uint.Parse(address.TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), CultureInfo.InvariantCulture);

    private Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00_ ;[Red]-#,##0.00 " },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.00\"万元\"" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }),
        new Fonts(new Font(new FontSize { Val = FontSize }), new Font(new Bold(), new FontSize { Val = FontSize })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border(), new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder())),
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0 },
            new CellFormat { NumberFormatId = 2, FontId = 0, BorderId = TableBorder, ApplyNumberFormat = true, ApplyBorder = Bordered },
            new CellFormat { NumberFormatId = 4, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 9, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, FontId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true }) { NumberFormatId = 0, FontId = 0, BorderId = TableBorder, ApplyAlignment = true, ApplyBorder = Bordered },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 4, FontId = 0, BorderId = TableBorder, ApplyNumberFormat = true, ApplyAlignment = true, ApplyBorder = Bordered },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 0, FontId = 0, BorderId = TableBorder, ApplyAlignment = true, ApplyBorder = Bordered }));

    private uint TableBorder => Bordered ? 1u : 0u;
}
