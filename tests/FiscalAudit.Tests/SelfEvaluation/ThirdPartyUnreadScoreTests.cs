using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// An indicator whose score cell (得分, or 扣分 in a table scored by its deductions) prints text that is no score, or whose 扣分
/// has no 分值 to be taken from, has an unknown score: the total is not judged over it (no FA4003), where a blank 得分 still
/// counts 0. The findings of a 扣分 table name the 扣分 column they point to.
/// </summary>
public class ThirdPartyUnreadScoreTests
{
    private const string WaterRow = "| 供水保证率 | 10 | 达到目标得满分 | 2 |";

    private static string WithWaterRow(string name, string row)
    {
        var text = Text(name);
        Assert.Contains(WaterRow, text, StringComparison.Ordinal);
        return text.Replace(WaterRow, row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("| 供水保证率 | 10 | 达到目标得满分 | 见附件 |")]
    [InlineData("| 供水保证率 | 10 | 达到目标得满分 | 详见扣分说明 |")]
    [InlineData("| 供水保证率 | 10 | 达到目标得满分 | 扣分见附表 |")]
    [InlineData("| 供水保证率 | | 达到目标得满分 | 2 |")]
    public void An_unread_deduction_leaves_the_score_unknown_and_the_total_unjudged(string row)
    {
        var result = Audit(DrinkingWater, WithWaterRow(DrinkingWater, row));
        var p = Project(result);
        var water = p.Indicators.Single(i => i.Name == "供水保证率");
        Assert.Equal((null, true), (water.Score, water.ScoreUnread));
        Assert.Null(p.Recomputation!.IndicatorSum);
        Assert.Contains(p.Recomputation.Steps, s => s.Contains("“供水保证率”", StringComparison.Ordinal) && s.Contains("无法读取", StringComparison.Ordinal));
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>The planted copy with one deduction unread: FA4003 is no longer judged, every other plant is still found.</summary>
    [Fact]
    public void An_unread_deduction_silences_only_the_total_of_a_planted_table()
    {
        var result = Audit(DrinkingWaterPlanted, WithWaterRow(DrinkingWaterPlanted, "| 供水保证率 | 10 | 达到目标得满分 | 见附件 |"));
        var rules = EvaluationFindings(result).Select(f => f.RuleId).Order().ToList();
        Assert.Equal(new[] { "FA4001", "FA4002", "FA4002", "FA4007" }, rules);
    }

    /// <summary>A 得分 cell of text (“待核定”, “见说明”) is an unknown score; a blank 得分 counts 0 and the total is judged.</summary>
    [Theory]
    [InlineData("待核定", false)]
    [InlineData("见说明", false)]
    [InlineData("", true)]
    public void A_score_cell_of_text_keeps_the_total_unjudged_where_a_blank_one_counts_zero(string cell, bool judged)
    {
        const string row = "| 立项依据充分性 | 3 | 符合法律法规、发展规划和部门职责得3分，每有一项不符扣1分 | | | 2.5 |";
        var text = Text(Renovation);
        Assert.Contains(row, text, StringComparison.Ordinal);
        var result = Audit(Renovation, text.Replace(row, row.Replace("| 2.5 |", $"| {cell} |", StringComparison.Ordinal), StringComparison.Ordinal));
        var totals = EvaluationFindings(result).Where(f => f.RuleId == "FA4003").Select(f => (f.Location.Column, f.Expected?.ToString(), f.Actual?.ToString())).ToList();
        Assert.Equal(judged ? [("得分", "86.0", "88.5")] : new List<(string?, string?, string?)>(), totals);
    }

    /// <summary>In a table scored by its 扣分, a finding on the 合计 names the 扣分 column it points to, in text output as well.</summary>
    [Fact]
    public void A_finding_of_a_deduction_table_names_the_deduction_column()
    {
        var result = Audit(DrinkingWaterPlanted);
        var total = Assert.Single(result.Findings, f => f.RuleId == "FA4003");
        Assert.Equal(("扣分", LineOf(DrinkingWaterPlanted, "| 合计 |")), (total.Location.Column, total.Location.Line));
        Assert.Contains("扣分列", total.Location.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain(EvaluationFindings(result), f => f.Location.Column == "得分");
    }
}
