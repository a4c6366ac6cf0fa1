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
    }

    private readonly List<(string Name, List<Cell> Cells, List<string> Merges)> sheets = new();
    private readonly List<string> shared = new();

    public TestXlsx Sheet(string name)
    {
        sheets.Add((name, new List<Cell>(), new List<string>()));
        return this;
    }

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

    public TestXlsx Boolean(string address, bool value) =>
        Add(new Cell { CellReference = address, DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") });

    public TestXlsx Formula(string address, string formula, string? cached, uint style = Styles.General)
    {
        var cell = new Cell { CellReference = address, StyleIndex = style, CellFormula = new CellFormula(formula) };
        if (cached is not null) cell.CellValue = new CellValue(cached);
        return Add(cell);
    }

    /// <summary>A cell element without a value (as Excel writes bordered blank cells).</summary>
    public TestXlsx Blank(string address) => Add(new Cell { CellReference = address, StyleIndex = Styles.General });

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
            foreach (var (name, cells, merges) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in cells.GroupBy(c => RowOf(c.CellReference!.Value!)).OrderBy(g => g.Key))
                    data.Append(new Row(row.OrderBy(c => c.CellReference!.Value!.Length).ThenBy(c => c.CellReference!.Value, StringComparer.Ordinal).Select(c => c.CloneNode(true))) { RowIndex = row.Key });
                part.Worksheet = new Worksheet(data);
                if (merges.Count > 0) part.Worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
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

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00_ ;[Red]-#,##0.00 " },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.00\"万元\"" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }),
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0 },
            new CellFormat { NumberFormatId = 2, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 9, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, FontId = 0, ApplyNumberFormat = true }));
}
