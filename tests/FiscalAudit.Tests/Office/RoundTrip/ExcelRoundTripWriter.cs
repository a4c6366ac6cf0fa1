using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Tests.Office.RoundTrip;

/// <summary>
/// Writes a <see cref="SourceDocument"/> as one .xlsx sheet: headings as bold single-cell rows,
/// paragraphs as single-cell rows, table rows cell by cell (two-decimal numbers as numbers formatted
/// "0.00", integers as General numbers, blanks as empty cell elements), a blank row after each table.
/// </summary>
internal static partial class ExcelRoundTripWriter
{
    public const string SheetName = "决算";

    [GeneratedRegex(@"^-?\d+\.\d\d$")]
    private static partial Regex TwoDecimals();

    [GeneratedRegex(@"^-?(0|[1-9]\d{0,14})$")]
    private static partial Regex Integer();

    public static byte[] Write(SourceDocument document)
    {
        var workbook = new TestXlsx().Sheet(SheetName);
        var row = 1;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    workbook.Text("A" + row++, h.Text, TestXlsx.Styles.Bold);
                    break;
                case ParagraphBlock p:
                    workbook.Text("A" + row++, p.Text);
                    break;
                case TableBlock t:
                    foreach (var source in t.Rows)
                    {
                        foreach (var cell in source.Cells) Cell(workbook, ColumnName(cell.Column) + row, cell.Text);
                        row++;
                    }
                    row++;
                    break;
            }
        }
        return workbook.Build();
    }

    private static void Cell(TestXlsx workbook, string address, string text)
    {
        if (text.Length == 0) workbook.Blank(address);
        else if (TwoDecimals().IsMatch(text)) workbook.Number(address, text, TestXlsx.Styles.TwoDecimals);
        else if (Integer().IsMatch(text)) workbook.Number(address, text);
        else workbook.Text(address, text);
    }

    private static string ColumnName(int column) => column < 26 ? ((char)('A' + column)).ToString() : "A" + (char)('A' + column - 26);
}
