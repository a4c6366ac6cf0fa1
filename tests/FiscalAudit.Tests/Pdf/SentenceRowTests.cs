using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// An indicator row of a 绩效自评 form printed without ruling lines whose 三级指标 is a sentence (issue 12, class 10): its line is long and has
/// a comma, so it reads like prose, but its cells stand one under each cell of the rows of its table, the sentence in one of them — it is a
/// row, the lines of its wrapped sentence under it are the rest of its cell. A paragraph set with wide spaces over a table keeps its
/// punctuation in more than one stretch of its words and stays text (<see cref="BorderlessEvaluationFormTests"/> prints seed 002 so).
/// </summary>
public class SentenceRowTests
{
    [Theory]
    [InlineData("成本指标", "树立过“紧日子”思想，厉行节约，做好节", "水、节电；办公用品购置货比三家", "≤231.81万元", "187.81万元")]
    [InlineData("社会效益指标", "落实沁审改组文件精神，加强人员管理，", "奖优罚劣，提升服务", "服务提升", "服务能力显著提升")]
    public void An_indicator_row_whose_target_is_a_sentence_is_a_row(string level, string sentence, string rest, string target, string actual)
    {
        var y = 742.0;
        PdfLine Next(params (string Text, double Left)[] words) => PlacedLine.At(y -= 14.2, words);
        var blocks = PlacedLine.Read([
            Next((level, 120), (sentence, 220), (target, 420), (actual, 520)),
            Next((rest, 220)),
            Next(("效益指标", 50), ("经济效益指标", 120), ("通过优质高效便民服务为我市经济高质量", 220), ("长效", 420), ("持续推进", 520)),
            Next(("发展提供有力支撑", 220)),
            Next(("生态效益指标", 120), ("营造良好的政风政治生态", 220), ("显著改善", 420), ("显著改善", 520)),
        ]);

        var row = Assert.Single(blocks.OfType<TableBlock>()).Rows[0].Cells.Where(c => c.Text.Length > 0).Select(c => c.Text).ToList();
        Assert.Equal([level, sentence + rest, target, actual], row);
        Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains(level, StringComparison.Ordinal));
    }

    /// <summary>
    /// A short indicator row whose 三级指标 ends in a comma at the end of its line (the cell's text goes on on the line under it) keeps the
    /// figure of the next column, set a column's space away, in that column: a trailing “，” says the cell goes on, not that a figure in
    /// another column belongs to it.
    /// </summary>
    [Theory]
    [InlineData("时效指标", "待全年考核完成后，于次年一月发放，", "按时发放", "100%", "100%")]
    [InlineData("质量指标", "严格执行考核办法，", "奖优罚劣", "95%", "98.5%")]
    [InlineData("成本指标", "控制在预算范围内，", "不超支", "12.00", "11.09")]
    public void A_cell_ending_in_a_comma_takes_no_figure_of_the_next_column(string level, string cell, string rest, string target, string actual)
    {
        // The cell fills its column: the next column starts a little more than a cell's gap after it.
        var y = 742.0;
        var next = 220 + 10 * cell.Length + 12;
        PdfLine Next(params (string Text, double Left)[] words) => PlacedLine.At(y -= 14.2, words);
        var blocks = PlacedLine.Read([
            Next(("数量指标", 120), ("发放人数", 220), ("45人", next), ("45人", next + 100)),
            Next((level, 120), (cell, 220), (target, next), (actual, next + 100)),
            Next((rest, 220)),
            Next(("满意度指标", 120), ("服务对象满意度", 220), ("≥90%", next), ("96%", next + 100)),
        ]);

        var row = Assert.Single(blocks.OfType<TableBlock>()).Rows.Single(r => r.Cells.Any(c => c.Text == level)).Cells.Where(c => c.Text.Length > 0).Select(c => c.Text).ToList();
        Assert.Equal([level, cell + rest, target, actual], row);
    }

    [Theory]
    [InlineData("我部门纳入预算绩效管理的支出总额为", "231.81万元，其中人员经费", "132.98万元，公用经费98.83万元")]
    [InlineData("与上年相比，本年度项目支出增加", "37.48万元，增长100.32%，主要", "原因是将劳务费纳入该范围。")]
    public void A_paragraph_set_with_wide_spaces_over_a_table_stays_text(string first, string second, string third)
    {
        var y = 742.0;
        PdfLine Next(params (string Text, double Left)[] words) => PlacedLine.At(y -= 14.2, words);
        var blocks = PlacedLine.Read([
            Next((first, 50), (second, 220), (third, 420)),
            Next(("效益指标", 50), ("经济效益指标", 120), ("通过优质高效便民服务为我市经济高质量", 220), ("长效", 420), ("持续推进", 520)),
            Next(("发展提供有力支撑", 220)),
            Next(("生态效益指标", 120), ("营造良好的政风政治生态", 220), ("显著改善", 420), ("显著改善", 520)),
        ]);

        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains(first, StringComparison.Ordinal));
        Assert.DoesNotContain(blocks.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells), c => c.Text.Contains(first, StringComparison.Ordinal));
    }
}
