using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// A tab-separated table's row whose cells after the first are all blank (an empty table's “合 计” followed by tabs only): its
/// trailing blanks are no reason to read it as a paragraph; it is the table's last row. A line ending in tabs outside a table stays text.
/// </summary>
public class BlankCellsTabRowTests
{
    [Theory]
    [InlineData("项 目\t\t本年支出\t\t\n功能分类科目编码\t科目名称\t合计\t基本支出\t项目支出\n栏次\t\t1\t2\t3\n合 计\t\t\t\t\n", "合 计")]
    [InlineData("项目\t金额\n栏次\t1\n合计\t\n", "合计")]
    [InlineData("科目\t年初结转和结余\t本年收入\n栏次\t1\t2\n总　计\t\t \t\r\n\n注：本表无数据。\n", "总　计")]
    public void A_row_with_only_blank_cells_after_its_label_ends_the_table(string text, string label)
    {
        var blocks = new PlainTextReader().Read("empty.txt", Encoding.UTF8.GetBytes(text)).Blocks;
        var table = Assert.IsType<TableBlock>(blocks[0]);
        Assert.Equal(label, table.Rows[^1].At(0)!.Text);
        Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text == label);
    }

    [Fact]
    public void A_line_ending_in_tabs_outside_a_table_is_text()
    {
        var blocks = new PlainTextReader().Read("text.txt", Encoding.UTF8.GetBytes("本年收入合计199.52万元。\t\t\n本年支出合计188.00万元。\n")).Blocks;
        Assert.All(blocks, b => Assert.IsType<ParagraphBlock>(b));
    }
}
