using FiscalAudit.Core.Documents;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>上海市普陀区财政局2024年度部门决算.pdf (ONLYOFFICE), values read by hand from the printed pages.</summary>
public class CleanDisclosureTests
{
    private static SourceDocument Document => PdfDocuments.Clean;

    [SharedFact]
    public void Is_a_25_page_pdf()
    {
        Assert.Equal("pdf", Document.Format);
        Assert.Equal(25, Document.PageCount);
        Assert.Empty(Document.Notes);
    }

    [SharedFact]
    public void T1_title_and_unit_are_text_before_the_table()
    {
        var blocks = Document.Blocks.ToList();
        var t1 = Document.TableAfter("收入支出决算总表");
        var i = blocks.IndexOf(t1);
        Assert.Equal("单位：万元", Assert.IsType<ParagraphBlock>(blocks[i - 1]).Text);
        var title = Assert.IsType<HeadingBlock>(blocks[i - 2]);
        Assert.Equal("收入支出决算总表", title.Text);
        Assert.Equal(6, title.Location.Page);
    }

    [SharedFact]
    public void T1_is_two_sided_with_a_spanning_header()
    {
        var t1 = Document.TableAfter("收入支出决算总表");
        var header = t1.Rows[0];
        Assert.Equal(new[] { ("收入", 0, 2), ("支出", 2, 2) }, header.Cells.Select(c => (c.Text, c.Column, c.ColumnSpan)));
        var row = t1.RowWith(0, "一、一般公共预算财政拨款收入");
        Assert.Equal("2,940.05", row.CellText(1));
        Assert.Equal("一、一般公共服务支出", row.CellText(2));
        Assert.Equal("2,106.66", row.CellText(3));
        Assert.Equal(6, row.Location.Page);
        Assert.Equal("", t1.RowWith(2, "九、卫生健康支出").CellText(0));
        Assert.Equal("60.99", t1.RowWith(2, "九、卫生健康支出").CellText(3));
    }

    [SharedFact]
    public void T1_continues_on_page_7_as_the_same_table()
    {
        var t1 = Document.TableAfter("收入支出决算总表");
        var total = t1.RowWith(0, "总计");
        Assert.Equal(7, total.Location.Page);
        Assert.Equal(3, total.Location.Line);
        Assert.Equal("2,995.39", total.CellText(1));
        Assert.Equal("2,995.39", total.CellText(3));
        Assert.Equal("49.14", t1.RowWith(0, "年初结转和结余").CellText(1));
        Assert.Equal("55.34", t1.RowWith(0, "年初结转和结余").CellText(3));
    }

    [SharedFact]
    public void T2_codes_stay_in_separate_lei_kuan_xiang_cells_and_wrapped_names_are_joined()
    {
        var t2 = Document.TableAfter("收入决算表");
        var row = t2.RowWith(3, "机关事业单位基本养老保险缴费支出");
        Assert.Equal(new[] { "208", "05", "05" }, new[] { row.CellText(0), row.CellText(1), row.CellText(2) });
        Assert.Equal("160.75", row.CellText(4));
        Assert.Equal("160.75", row.CellText(5));
        Assert.Equal(8, row.Location.Page);
        Assert.Equal(new[] { "类", "款", "项", "合计" }, t2.Rows.Single(r => r.At(0)?.Text == "类").Cells.Take(4).Select(c => c.Text));
    }

    [SharedFact]
    public void T2_header_cells_wrapped_over_three_lines_are_one_cell_spanning_the_header_rows()
    {
        var t2 = Document.TableAfter("收入决算表");
        var header = t2.Rows[0];
        var attached = header.Cells.Single(c => c.Text == "附属单位上缴收入");
        Assert.Equal(9, attached.Column);
        Assert.Equal(3, attached.RowSpan);
        Assert.Equal("项目", header.At(0)!.Text);
        Assert.Equal(4, header.At(0)!.ColumnSpan);
    }

    [SharedFact]
    public void T3_numbers_printed_off_the_row_baseline_land_in_their_row()
    {
        var t3 = Document.TableAfter("支出决算表");
        var row = t3.RowWith(3, "行政运行");
        Assert.Equal(new[] { "201", "06", "01", "行政运行", "1,511.89", "1,503.52", "8.37" }, row.Cells.Take(7).Select(c => c.Text));
    }

    [SharedFact]
    public void T6_two_panels_share_one_row()
    {
        var t6 = Document.TableAfter("一般公共预算财政拨款基本支出决算表");
        var row = t6.RowWith(2, "基本工资");
        Assert.Equal(new[] { "301", "01", "基本工资", "262.33", "302", "01", "办公费", "21.21" }, row.Cells.Select(c => c.Text));
        Assert.Equal(16, row.Location.Page);
    }

    [SharedFact]
    public void T6_continues_on_page_17_with_both_totals()
    {
        var t6 = Document.TableAfter("一般公共预算财政拨款基本支出决算表");
        var totals = t6.Rows[^1];
        Assert.Equal(17, totals.Location.Page);
        Assert.Equal(new[] { ("人员经费合计", 0), ("2,152.26", 3), ("公用经费合计", 4), ("184.65", 7) }, totals.Cells.Select(c => (c.Text, c.Column)));
        Assert.Equal("48.49", t6.RowWith(6, "其他交通费用").CellText(7));
    }

    [SharedFact]
    public void Paragraph_lines_are_joined_without_spaces_and_map_back_to_their_line()
    {
        var p = Document.ParagraphStarting("本年支出合计2940.05万元");
        Assert.Equal("本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；", p.Text);
        var second = p.LocationAt(p.Text.IndexOf("603.14", StringComparison.Ordinal));
        Assert.Equal(21, second.Page);
        Assert.Equal(p.Location.Line + 1, second.Line);
    }

    [SharedFact]
    public void Every_line_and_cell_has_a_page_line_and_box()
    {
        Assert.All(Document.Lines, l => Assert.True(l.Location.Page >= 1 && l.Location.Line >= 1));
        var cells = Document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).ToList();
        Assert.All(cells, c => Assert.NotNull(c.Location.Box));
        Assert.Contains(Document.Lines, l => l.Text == "一、一般公共预算财政拨款收入\t2,940.05\t一、一般公共服务支出\t2,106.66" && l.Location.Page == 6);
    }
}
