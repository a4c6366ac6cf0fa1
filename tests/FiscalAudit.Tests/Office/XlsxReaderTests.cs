using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Office.Xlsx;
using static FiscalAudit.Tests.Office.TestXlsx.Styles;

namespace FiscalAudit.Tests.Office;

public class XlsxReaderTests
{
    private static SourceDocument Read(TestXlsx workbook) => new XlsxReader().Read("测试.xlsx", workbook.Build());

    private static TestXlsx Disclosure01() => new TestXlsx()
        .Sheet("公开01表")
        .Text("A1", "收入支出决算总表", Bold).Merge("A1:F1")
        .Text("F2", "公开01表").Blank("A2")
        .Text("A3", "部门：沁阳市政务服务和大数据管理局").Merge("A3:D3")
        .Text("F4", "金额单位：万元")
        .Text("A5", "收 入").Merge("A5:C5").Text("D5", "支 出").Merge("D5:F5")
        .Text("A6", "项 目").Text("B6", "行次").Text("C6", "金 额").Text("D6", "项 目").Text("E6", "行次").Text("F6", "金 额")
        .Text("A7", "一、一般公共预算财政拨款收入").Number("B7", "1").Number("C7", "199.52", TwoDecimals)
        .Text("D7", "一、一般公共服务支出").Number("E7", "32").Number("F7", "176.99", TwoDecimals)
        .Blank("A8").Number("B8", "9").Blank("C8").Text("D8", "九、卫生健康支出").Number("E8", "40").Number("F8", "4.95", TwoDecimals)
        .Text("A9", "合计").Blank("B9").Blank("C9").Blank("D9").Blank("E9").Blank("F9")
        .Text("A11", "注：本表反映部门本年度的总收支和年末结转结余情况。")
        .Sheet("公开02表")
        .Text("A1", "收入决算表", Bold)
        .Text("A2", "项 目").Merge("A2:B2").Text("C2", "本年收入合计").Merge("C2:C3")
        .Text("A3", "科目编码").Text("B3", "科目名称")
        .Number("A4", "201").Text("B4", "一般公共服务支出").Formula("C4", "SUM(C5:C6)", "181.74", TwoDecimals);

    [Fact]
    public void Each_sheet_starts_with_its_name_and_title_rows_are_text()
    {
        var document = Read(Disclosure01());

        Assert.Equal("xlsx", document.Format);
        var kinds = document.Blocks.Select(b => b switch
        {
            HeadingBlock h => $"H{h.Level}:{h.Text}",
            ParagraphBlock p => "P:" + p.Text,
            TableBlock t => $"T:{t.Rows.Count}x{t.ColumnCount}",
            _ => "?",
        });
        Assert.Equal(new[]
        {
            "H1:公开01表", "H2:收入支出决算总表", "P:公开01表", "P:部门：沁阳市政务服务和大数据管理局", "P:金额单位：万元", "T:5x6",
            "P:注：本表反映部门本年度的总收支和年末结转结余情况。",
            "H1:公开02表", "H2:收入决算表", "T:3x3",
        }, kinds);
        var title = document.Blocks.OfType<HeadingBlock>().ElementAt(1);
        Assert.Equal(("公开01表!A1", 1), (title.Location.Cell, title.Location.Line));
    }

    [Fact]
    public void Table_cells_keep_grid_columns_merges_and_empty_cells()
    {
        var tables = Read(Disclosure01()).Blocks.OfType<TableBlock>().ToList();

        var sides = tables[0].Rows[0].Cells;
        Assert.Equal(new[] { ("收 入", 0, 3), ("支 出", 3, 3) }, sides.Select(c => (c.Text, c.Column, c.ColumnSpan)));
        var row8 = tables[0].Rows[3];
        Assert.Equal(new[] { "", "9", "", "九、卫生健康支出", "40", "4.95" }, row8.Cells.Select(c => c.Text));
        Assert.Equal(("公开01表!F8", 8), (row8.Cells[5].Location.Cell, row8.Cells[5].Location.Line));
        Assert.Equal("4.95", row8.Cells[5].StoredValue);
        Assert.Null(row8.Cells[0].StoredValue);
        Assert.Equal(new[] { "合计", "", "", "", "", "" }, tables[0].Rows[4].Cells.Select(c => c.Text));
        Assert.Equal(("公开01表!A5:F9", 5, 9), (tables[0].Location.Cell, tables[0].Location.Line, tables[0].Location.EndLine));

        var header = tables[1].Rows;
        Assert.Equal(("本年收入合计", 2, 2), (header[0].Cells[1].Text, header[0].Cells[1].Column, header[0].Cells[1].RowSpan));
        Assert.Equal(new[] { 0, 1 }, header[1].Cells.Select(c => c.Column));
        Assert.Equal(new[] { "201", "一般公共服务支出", "181.74" }, header[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Lines_hold_text_rows_and_tab_joined_table_rows()
    {
        var lines = Read(Disclosure01()).Lines;

        Assert.Equal("收入支出决算总表", lines[1].Text);
        Assert.Contains(lines, l => l.Text == "\t9\t\t九、卫生健康支出\t40\t4.95" && l.Location.Line == 8);
    }

    [Theory]
    [InlineData("199.52", TwoDecimals, "199.52")]
    [InlineData("0", TwoDecimals, "0.00")]
    [InlineData("0.285", TwoDecimals, "0.29")]
    [InlineData("0.28499999999999998", TwoDecimals, "0.29")]
    [InlineData("-0.005", TwoDecimals, "-0.01")]
    [InlineData("1234567.891", Thousands, "1,234,567.89")]
    [InlineData("-1234.5", Thousands, "-1,234.50")]
    [InlineData("0.1234", Percent, "12%")]
    [InlineData("0.12345", PercentTwo, "12.35%")]
    [InlineData("0.9734", PercentTwo, "97.34%")]
    [InlineData("0.30000000000000004", General, "0.3")]
    [InlineData("2010306", General, "2010306")]
    [InlineData("1234567.891234", General, "1234567.891")]
    [InlineData("-1234.5", RedNegative, "-1,234.50")]
    [InlineData("12.5", WanYuan, "12.50万元")]
    [InlineData("44197", ChineseDate, "2021年1月1日")]
    public void Numbers_are_displayed_with_their_format_and_kept_as_stored(string stored, uint style, string shown)
    {
        var document = Read(new TestXlsx().Sheet("S").Text("A1", "项目").Number("B1", stored, style));

        var cell = document.Blocks.OfType<TableBlock>().Single().Rows[0].Cells[1];
        Assert.Equal(shown, cell.Text);
        Assert.Equal(stored, cell.StoredValue);
    }

    [Fact]
    public void Strings_booleans_and_formulas_are_read()
    {
        var document = Read(new TestXlsx().Sheet("S")
            .Text("A1", "内联", inline: true).Boolean("B1", true).Formula("C1", "1/3", "0.33333333333333331", TwoDecimals).Formula("D1", "A1", null));

        var cells = document.Blocks.OfType<TableBlock>().Single().Rows[0].Cells;
        Assert.Equal(new[] { "内联", "TRUE", "0.33" }, cells.Select(c => c.Text));
        Assert.Equal("1", cells[1].StoredValue);
        var note = Assert.Single(document.Notes);
        Assert.Equal("S!D1", note.Location.Cell);
    }
}
