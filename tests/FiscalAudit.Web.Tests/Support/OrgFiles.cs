using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>Organisation-tree files as administrators make them: CSV in UTF-8 (with BOM) or GBK, and .xlsx with inline strings.</summary>
public static class OrgFiles
{
    static OrgFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Csv(string text, bool bom = true) => bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static byte[] GbkCsv(string text) => Encoding.GetEncoding("GBK").GetBytes(text);

    public static byte[] Xlsx(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                    row.Append(new Cell { CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "组织机构" }));
        }
        return stream.ToArray();
    }
}
