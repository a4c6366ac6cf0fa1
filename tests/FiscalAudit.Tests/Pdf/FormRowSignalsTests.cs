using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A 绩效自评 form printed without ruling lines by a word processor in 五号 on portrait pages (issue 12, class 10): its rows stand a line's
/// pitch apart, as close as a wrapped cell's lines, so the pitch tells no row from a wrapped line. Other signals do (form-rows.json): a line
/// whose cell is a whole indicator level's name (“质量指标” under “数量指标”, no figure beside it) opens a row; the indicator header
/// (“一级指标 二级指标 三级指标 …”) opens a table of its own under the goals, set in other columns; the form's score row alone at the top of
/// the next page (“得分 100分”) is the last row of the form the page before ended.
/// </summary>
public class FormRowSignalsTests
{
    [Theory]
    [InlineData("质量指标", "时效指标")]
    [InlineData("社会效益指标", "生态效益指标")]
    [InlineData("服务对象满意度指标", "可持续影响指标")]
    public void A_level_name_a_line_under_another_row_opens_a_row(string second, string third)
    {
        var table = Assert.Single(PlacedLine.Read([.. Indicators(second, third)]).OfType<TableBlock>());

        var level2 = table.Rows[0].Cells.Single(c => c.Text == "二级指标").Column;
        var names = table.Rows.Select(r => r.Cells.FirstOrDefault(c => c.Column == level2)?.Text).Where(t => !string.IsNullOrEmpty(t)).ToList();
        Assert.Equal(["二级指标", "数量指标", second, third, "成本指标"], names);
        var rows = table.Rows.Select(r => string.Join("|", r.Cells.Where(c => c.Text.Length > 0).Select(c => c.Text))).ToList();
        Assert.Contains(rows, r => r.StartsWith($"{second}|加强工作人员管理奖优罚劣提升服务|长效|", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("产出指标|数量指标|2019年度绩效考核奖发放人数|", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("100分")]
    [InlineData("97.5分")]
    [InlineData("90")]
    public void A_score_row_alone_at_the_top_of_a_page_ends_the_form_above(string score)
    {
        var next = new[] { PlacedLine.At(760, ("得分", 50), (score, 297)), PlacedLine.At(745.8, ("项目支出绩效自评表", 50)), PlacedLine.At(731.6, ("(2020年度)", 50)) };
        var blocks = PlacedLine.Read([.. Indicators("质量指标", "时效指标")], next);

        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal(["得分", score], table.Rows[^1].Cells.Where(c => c.Text.Length > 0).Select(c => c.Text));
        Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith("得分", StringComparison.Ordinal));
    }

    [Fact]
    public void A_score_line_under_a_table_of_no_form_stays_text()
    {
        var table = new[]
        {
            PlacedLine.At(742, ("项目", 50), ("年初预算数", 297), ("决算数", 421), ("完成率", 545)),
            PlacedLine.At(727.8, ("电费", 50), ("7.00", 297), ("4.75", 421), ("67.86%", 545)),
            PlacedLine.At(713.6, ("运行费", 50), ("12.00", 297), ("11.09", 421), ("92.42%", 545)),
        };
        var blocks = PlacedLine.Read(table, [PlacedLine.At(760, ("得分", 50), ("100分", 297))]);

        Assert.Equal("运行费", Assert.Single(blocks.OfType<TableBlock>()).Rows[^1].Cells[0].Text);
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith("得分", StringComparison.Ordinal));
    }

    [Fact]
    public void The_indicator_header_under_the_goals_opens_a_table_of_its_own()
    {
        var y = 742.0;
        PdfLine Next(params (string Text, double Left)[] words) => PlacedLine.At(y -= 14.2, words);
        var lines = new[]
        {
            Next(("年度总体目标", 50), ("预期目标", 174), ("实际完成情况", 482)),
            Next(("完成情况", 50)),
            Next(("按照考核办法执行加强工作人", 174), ("严格按照绩效考核办法奖优罚", 482)),
            Next(("员管理奖优罚劣提升服务。", 174), ("劣已完成绩效考核奖的发放。", 482)),
            Next(("年度绩效指标", 50), ("一级指标", 174), ("二级指标", 297), ("三级指标", 421), ("预期指标值", 545), ("实际完成指标", 668)),
            Next(("完成情况", 50), ("值", 668)),
            Next(("产出指标", 174), ("数量指标", 297), ("2019年绩效奖发放人数", 421), ("90人", 545), ("90人", 668)),
            Next(("质量指标", 297), ("提升服务水平", 421), ("长效", 545), ("能力得到提升", 668)),
            Next(("得分", 50), ("100分", 297)),
        };
        var tables = PlacedLine.Read(lines).OfType<TableBlock>().ToList();

        Assert.Equal(2, tables.Count);
        Assert.StartsWith("年度绩效指标", tables[1].Rows[0].Cells[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("一级指标", tables[0].Rows.SelectMany(r => r.Cells).Select(c => c.Text));
        Assert.Contains("一级指标", tables[1].Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["得分", "100分"], tables[1].Rows[^1].Cells.Where(c => c.Text.Length > 0).Select(c => c.Text));
    }

    /// <summary>
    /// A form's indicators in 五号, rows a line apart: “数量指标” with a 三级指标 wrapped under its figure's line, then <paramref name="second"/> and
    /// its 三级指标 wrapped, with no figure, then <paramref name="third"/> with a year in its 三级指标.
    /// </summary>
    private static IEnumerable<PdfLine> Indicators(string second, string third)
    {
        var y = 742.0;
        PdfLine Next(params (string Text, double Left)[] words) => PlacedLine.At(y -= 14.2, words);
        yield return Next(("一级指标", 174), ("二级指标", 297), ("三级指标", 421), ("预期指标值", 545), ("实际完成指标值", 668));
        yield return Next(("产出指标", 174), ("数量指标", 297), ("2019年度绩效考核奖发放", 421), ("90", 545), ("人", 556), ("90", 668), ("人", 679));
        yield return Next(("人数", 421));
        yield return Next((second, 297), ("加强工作人员管理奖优罚", 421), ("长效", 545), ("政务服务能力", 668));
        yield return Next(("劣提升服务", 421), ("得到提升", 668));
        yield return Next((third, 297), ("待2019年考核后发放", 421), ("2020", 545), ("年", 567), ("2020", 668), ("年", 690));
        yield return Next(("成本指标", 297), ("人均发放金额", 421), ("200", 545), ("元", 562), ("21.47", 668));
    }
}
