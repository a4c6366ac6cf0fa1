using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A form printed without ruling lines by a word processor (issue 12, class 10): rows a line's pitch apart, cells set at the top of their
/// rows, a 三级指标 or a goal wrapped over lines whose last ends a sentence (“服务评价器。”, “真正落实；”). That line stands inside its
/// column, under the cell it goes on with: it is the rest of the cell, and the table goes on under it. A note (“注：…”, a sentence from the
/// table's left edge past its first column) or a heading outside the cells of the row above (“（三）重点绩效评价结果。” under “得分”) ends the table.
/// </summary>
public class SentenceEndingCellsTests
{
    [Theory]
    [InlineData("服务评价器。")]
    [InlineData("器。")]
    [InlineData("提升服务水平。")]
    [InlineData("服务评价器；")]
    [InlineData("有利于部门间业务协同。")]
    public void A_wrapped_cell_ending_a_sentence_stays_in_its_table(string rest)
    {
        var blocks = PlacedLine.Read([.. Form(rest, "服务项目全面落实；")]);

        var table = Assert.Single(blocks.OfType<TableBlock>());
        var cells = table.Rows.SelectMany(r => r.Cells).Select(c => c.Text).ToList();
        Assert.Contains("开展政务服务好差评需购" + rest, cells);
        Assert.Contains("确保上级要求的免费便民服务项目全面落实；", cells);
        Assert.Equal(["得分", "100分"], table.Rows[^1].Cells.Where(c => c.Text.Length > 0).Select(c => c.Text));
        Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains(rest, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("注：本表无数据的项目不再列示。")]
    [InlineData("本表金额单位为万元，数据来源于部门决算。")]
    [InlineData("（三）重点绩效评价结果。")]
    public void A_note_or_heading_under_the_last_row_ends_the_table(string note)
    {
        var lines = Form("服务评价器。", "服务项目全面落实。").ToList();
        var blocks = PlacedLine.Read([.. lines, PlacedLine.At(lines[^1].Baseline - 14.2, (note, 50))]);

        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal(["得分", "100分"], table.Rows[^1].Cells.Where(c => c.Text.Length > 0).Select(c => c.Text));
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text == note);
    }

    /// <summary>
    /// The indicators of a form as a word processor prints them: columns 123 pt wide (eleven characters of 10 pt and the cells' padding), a 三级指标 of eleven characters
    /// and its wrapped <paramref name="rest"/>, another with its <paramref name="secondRest"/>, and the 得分 row.
    /// </summary>
    private static IEnumerable<PdfLine> Form(string rest, string secondRest)
    {
        var y = 742.0;
        PdfLine Next(params (string Text, double Left)[] words) => PlacedLine.At(y -= 14.2, words);
        yield return Next(("一级指标", 174), ("二级指标", 297), ("三级指标", 421), ("预期指标值", 545), ("实际完成指标值", 668));
        yield return Next(("产出指标", 174), ("数量指标", 297), ("开展政务服务好差评需购", 421), ("≤5台", 545), ("5台", 668));
        yield return Next((rest, 421));
        yield return Next(("质量指标", 297), ("确保上级要求的免费便民", 421), ("长效", 545), ("为民服务高效便捷", 668));
        yield return Next((secondRest, 421));
        yield return Next(("时效指标", 297), ("按时完成采购", 421), ("全年", 545), ("全年", 668));
        yield return Next(("得分", 50), ("100分", 297));
    }
}
