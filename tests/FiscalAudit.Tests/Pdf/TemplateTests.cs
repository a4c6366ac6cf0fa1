using FiscalAudit.Core.Documents;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>附件2：部门决算模板.pdf (WPS): empty tables, 5- and 7-digit codes in one column, notes under tables.</summary>
public class TemplateTests
{
    private static SourceDocument Document => PdfDocuments.Template;

    [SharedFact]
    public void T2_code_column_and_wrapped_name()
    {
        var t2 = Document.TableAfter("收入决算表");
        var row = t2.RowWith(0, "20799");
        Assert.Equal("其他文化旅游体育与传媒支出", row.CellText(1));
        Assert.Equal(6, row.Location.Page);
        Assert.Equal("附属单位上缴收入", t2.Rows[0].At(7)!.Text);
        Assert.Equal("合计", t2.Rows.Single(r => r.At(0)?.Text == "合计").At(0)!.Text);
        Assert.Equal(2, t2.Rows.Single(r => r.At(0)?.Text == "合计").At(0)!.ColumnSpan);
    }

    [SharedFact]
    public void T6_economic_codes_in_one_column_each_panel()
    {
        var t6 = Document.TableAfter("一般公共预算财政拨款基本支出决算表");
        var row = t6.RowWith(0, "30113");
        Assert.Equal(new[] { "30113", "住房公积金", "", "30212", "因公出国（境）费用", "" }, row.Cells.Select(c => c.Text));
        Assert.Equal("信息网络及软件购置更新", t6.RowWith(3, "31007").CellText(4));
    }

    [SharedFact]
    public void T1_lists_the_2024_function_classes()
    {
        var t1 = Document.TableAfter("收入支出决算总表");
        Assert.Contains(t1.Rows, r => r.At(2)?.Text == "二十四、抗疫特别国债安排的支出");
        Assert.Equal(5, t1.Location.Page);
    }

    [SharedFact]
    public void No_data_note_follows_the_empty_fund_table()
    {
        var notes = Document.Blocks.OfType<ParagraphBlock>().Where(p => p.Location.Page == 13).Select(p => p.Text).ToList();
        Assert.Contains("说明：上海市XX局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。", notes);
    }

    [SharedFact]
    public void Paragraph_continues_across_a_page_break_without_a_space()
    {
        var p = Document.ParagraphStarting("一般公共预算财政拨款支出XXX万元，占本年支出合计的");
        Assert.Contains("占本年支出合计的XX%。与2023年度相比", p.Text);
        Assert.Equal(15, p.Location.Page);
        Assert.Equal(16, p.LocationAt(p.Text.Length - 1).Page);
    }
}
