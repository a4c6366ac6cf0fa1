using FiscalAudit.Core.Documents;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>24年普陀区财政局（测试问题版本）.pdf (WPS), values read by hand; the planted problems must come through as printed.</summary>
public class PlantedDisclosureTests
{
    private static SourceDocument Document => PdfDocuments.Planted;

    [SharedFact]
    public void Planted_placeholder_and_wrong_year_are_kept_as_printed()
    {
        Assert.Contains(Document.Blocks.OfType<ParagraphBlock>(), p => p.Text == "第二部分上海市普陀区XX局2024年度部门决算表" && p.Location.Page == 7);
        Assert.Contains(Document.Blocks.OfType<ParagraphBlock>(), p => p.Text == "第三部分上海市普陀区财政局2023年度部门决算情况说明" && p.Location.Page == 18);
        Assert.StartsWith("上海市普陀区财政局2024年度收入支出总计0万元。", Document.ParagraphStarting("上海市普陀区财政局2024年度收入支出总计").Text);
    }

    [SharedFact]
    public void The_expenditure_table_T3_is_not_in_this_copy()
    {
        Assert.DoesNotContain(Document.Blocks.OfType<ParagraphBlock>(), p => p.Text == "支出决算表");
        Assert.Contains(Document.Blocks.OfType<ParagraphBlock>(), p => p.Text == "收入决算表");
    }

    [SharedFact]
    public void T1_total_row_amounts()
    {
        var t1 = Document.TableAfter("收入支出决算总表");
        var row = t1.RowWith(0, "本年收入合计");
        Assert.Equal(new[] { "本年收入合计", "2,946.25", "本年支出合计", "2,940.05" }, row.Cells.Select(c => c.Text));
        Assert.Equal(7, row.Location.Page);
    }

    [SharedFact]
    public void T2_continues_from_page_8_to_page_9_in_one_table()
    {
        var t2 = Document.TableAfter("收入决算表");
        var last = t2.RowWith(3, "购房补贴");
        Assert.Equal(9, last.Location.Page);
        Assert.Equal(new[] { "221", "02", "03", "购房补贴", "258.50", "258.50" }, last.Cells.Take(6).Select(c => c.Text));
        Assert.Equal(8, t2.RowWith(3, "住房改革支出").Location.Page);
        Assert.Equal("1,511.90", t2.RowWith(3, "行政运行").CellText(4));
    }

    [SharedFact]
    public void T4_multi_column_expenditure_side_and_its_continuation()
    {
        var t4 = Document.TableAfter("财政拨款收入支出决算总表");
        Assert.Equal(new[] { "项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款" }, t4.Rows[1].Cells.Select(c => c.Text));
        var total = t4.RowWith(0, "总计");
        Assert.Equal(11, total.Location.Page);
        Assert.Equal(new[] { "总计", "2,961.68", "总计", "2,961.68", "2,961.68" }, total.Cells.Take(5).Select(c => c.Text));
    }

    [SharedFact]
    public void T6_wrapped_economic_name_and_two_panels()
    {
        var t6 = Document.TableAfter("一般公共预算财政拨款基本支出决算表");
        var row = t6.RowWith(2, "机关事业单位基本养老保险缴费");
        Assert.Equal(new[] { "301", "08", "机关事业单位基本养老保险缴费", "160.75", "302", "06", "电费", "" }, row.Cells.Select(c => c.Text));
        Assert.Equal(14, t6.Rows[^1].Location.Page);
    }

    [SharedFact]
    public void A_paragraph_is_joined_across_the_page_break()
    {
        var p = Document.ParagraphStarting("（四）参与预测本区宏观经济形势");
        Assert.Contains("分析财政资金支持经济发展情况，结合本区实际", p.Text);
        Assert.EndsWith("测算及兑现服务经济功能平台工作经费。", p.Text);
        Assert.Equal(4, p.Location.Page);
        var continued = p.LocationAt(p.Text.IndexOf("济发展情况", StringComparison.Ordinal));
        Assert.Equal(5, continued.Page);
        Assert.Equal(1, continued.Line);
    }

    [SharedFact]
    public void Spaced_out_justified_text_is_joined()
    {
        Assert.Equal("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。",
            Document.ParagraphStarting("本年收入合计2946.25万元").Text);
    }
}
