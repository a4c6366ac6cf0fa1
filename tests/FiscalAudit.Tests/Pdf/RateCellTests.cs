using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless task list whose 完成情况 rates stand a few points right of the task names (columns set close, issue 12 class 10): on a row
/// with figures, a rate (“92.42%”, “0%”) is a cell of its own, as an amount is, so the 任务名称 and 完成情况 columns stay apart, header
/// and all; a rate in a sentence stays in its text.
/// </summary>
public class RateCellTests
{
    [Theory]
    [InlineData("amounts with decimals")]
    [InlineData("whole amounts")]
    public void A_rate_set_close_to_its_task_name_is_a_cell_of_its_own(string amounts)
    {
        var (budget, spent) = amounts == "whole amounts" ? ("12", "11") : ("12.00", "11.09");
        var blocks = PlacedLine.Read([
            Line(760, ("任务名称", 50), ("完成情况", 134), ("预算数", 200), ("执行数", 280)),
            Line(746, ("1.电费", 50), ("67.86%", 134), ("7.00", 200), ("4.75", 280)),
            Line(732, ("2.政务大厅运行费", 50), ("92.42%", 134), (budget, 200), (spent, 280)),
            Line(718, ("3.专项债券前期费", 50), ("0%", 134), ("6.00", 200), ("0.00", 280)),
        ]);

        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal(["任务名称", "完成情况", "预算数", "执行数"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["2.政务大厅运行费", "92.42%", budget, spent], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(["3.专项债券前期费", "0%", "6.00", "0.00"], table.Rows[3].Cells.Select(c => c.Text));
    }

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.At(baseline, words);
}
