using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Office.Xlsx;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Workbooks written without a shared-strings part (WPS, MiniExcel and other exporters): text in inline strings
/// (t="inlineStr"), formula text results (t="str"), no styles part either. Built from raw OpenXML parts.
/// </summary>
public class InlineStringWorkbookTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public void Inline_and_formula_strings_read_as_excel_shows_them()
    {
        var sheet = Row(1, Inline("A1", "收入支出决算总表"))
            + Row(2, Inline("A2", "项目"), Inline("B2", "本年收入"), Inline("C2", "备注"))
            + Row(3, Inline("A3", "一般公共预算财政拨款收入"), Number("B3", "1234.56"), Str("C3", "IF(B3>0,\"有收入\",\"\")", "有收入"))
            + Row(4, $"<c r=\"A4\" t=\"inlineStr\"><is><r><t>合</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">计 </t></r></is></c>", Number("B4", "1234.56"), Str("C4", "\"—\"", "—"));

        var table = Assert.Single(Read(sheet).Blocks.OfType<TableBlock>());

        Assert.Equal(
            [["项目", "本年收入", "备注"], ["一般公共预算财政拨款收入", "1234.56", "有收入"], ["合计", "1234.56", "—"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
        Assert.Equal("公开01表!C3", table.Rows[1].Cells[2].Location.Cell);
        Assert.Equal("有收入", table.Rows[1].Cells[2].StoredValue);
    }

    [Fact]
    public void Cells_without_addresses_and_inline_text_written_as_a_value_read_in_order()
    {
        var sheet = "<row>" + "<c t=\"inlineStr\"><is><t>“三公”经费支出决算表</t></is></c>" + "</row>"
            + "<row>" + "<c t=\"inlineStr\"><v>项目</v></c><c t=\"inlineStr\"><v>预算数</v></c><c t=\"inlineStr\"><v>决算数</v></c>" + "</row>"
            + "<row>" + "<c t=\"inlineStr\"><is><t>公务接待费</t></is></c><c><v>12.5</v></c><c t=\"str\"><f>B3*0.8</f><v>10</v></c>" + "</row>"
            + "<row>" + "<c t=\"inlineStr\"><is><t>合计</t></is></c><c><v>12.5</v></c><c><f>C3</f><v>10</v></c>" + "</row>";

        var document = Read(sheet);

        Assert.Contains(document.Lines, l => l.Text == "“三公”经费支出决算表");
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal([["项目", "预算数", "决算数"], ["公务接待费", "12.5", "10"], ["合计", "12.5", "10"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
        Assert.Equal("公开01表!B3", table.Rows[1].Cells[1].Location.Cell);
    }

    private static SourceDocument Read(string rows)
    {
        var workbook = Parts(rows);
        Assert.DoesNotContain("sharedStrings", Encoding.ASCII.GetString(workbook));
        return new XlsxReader().Read("部门决算公开表.xlsx", workbook);
    }

    private static string Row(int number, params string[] cells) => $"<row r=\"{number}\">{string.Concat(cells)}</row>";

    private static string Inline(string at, string text) => $"<c r=\"{at}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    private static string Number(string at, string value) => $"<c r=\"{at}\"><v>{value}</v></c>";

    private static string Str(string at, string formula, string value) => $"<c r=\"{at}\" t=\"str\"><f>{System.Security.SecurityElement.Escape(formula)}</f><v>{value}</v></c>";

    /// <summary>The smallest package Excel opens: content types, the workbook, its one worksheet, the relationships.</summary>
    private static byte[] Parts(string rows) => Zips.Of(
        ("[Content_Types].xml", Utf8("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>
            """)),
        ("_rels/.rels", Utf8("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """)),
        ("xl/workbook.xml", Utf8($"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="{Relations}"><sheets><sheet name="公开01表" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)),
        ("xl/_rels/workbook.xml.rels", Utf8("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>
            """)),
        ("xl/worksheets/sheet1.xml", Utf8($"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>
            """)));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
