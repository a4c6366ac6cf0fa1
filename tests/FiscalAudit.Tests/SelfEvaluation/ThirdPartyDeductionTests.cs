using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Third-party indicator tables that print what each indicator lost (扣分, blank for none) instead of its score: each score is
/// the 分值 less the 扣分, the 合计 row's score its 100 less the total deduction, and the rules check those scores.
/// </summary>
public class ThirdPartyDeductionTests
{
    [Fact]
    public void A_correct_deduction_table_scores_each_indicator_its_weight_less_its_deduction_and_has_no_finding()
    {
        var result = Audit(DrinkingWater);
        var p = Project(result);
        Assert.Equal(("农村饮水安全巩固提升工程", 19, "100", "87.5", "良"), (p.Name, p.Indicators.Count, p.TotalWeight?.Text, p.ReportedScore?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Grade));
        Assert.Equal(new[] { 3m, 1.5m, 2.5m, 1.5m }, p.Indicators.Take(4).Select(i => i.Score!.Value.Value));
        var water = p.Indicators.Single(i => i.Name == "供水保证率");
        Assert.Equal((10m, 2m, 8m), (water.Weight!.Value.Value, water.Deduction!.Value.Value, water.Score!.Value.Value));
        Assert.Equal(LineOf(DrinkingWater, "| 供水保证率 |"), water.ScoreLocation!.Line);
        Assert.Equal(87.5m, p.Recomputation!.IndicatorSum);
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>
    /// The deductions written with a minus sign, after 扣 with 分, and none written as a dash or words meaning nothing deducted
    /// (“未扣分”, “满分”): the same scores, no finding.
    /// </summary>
    [Theory]
    [InlineData("-{0}", "")]
    [InlineData("扣{0}分", "")]
    [InlineData("{0}", "—")]
    [InlineData("{0}", "未扣分")]
    [InlineData("{0}", "不扣分")]
    [InlineData("-{0}", "无")]
    [InlineData("{0}", "0分")]
    [InlineData("扣{0}分", "满分")]
    [InlineData("{0}", "无扣分")]
    public void Deductions_in_other_forms_give_the_same_scores(string deducted, string none)
    {
        var rows = Text(DrinkingWater).Split('\n').Select(l =>
        {
            if (!l.StartsWith("| ", StringComparison.Ordinal) || l.Contains("一级指标", StringComparison.Ordinal) || l.StartsWith("| 合计", StringComparison.Ordinal)) return l;
            var cells = l.Split('|');
            var value = cells[6].Trim();
            cells[6] = " " + (value.Length == 0 ? none : string.Format(System.Globalization.CultureInfo.InvariantCulture, deducted, value)) + " ";
            return string.Join("|", cells);
        });
        var result = Audit(DrinkingWater, string.Join("\n", rows));
        var p = Project(result);
        Assert.Equal(87.5m, p.Recomputation!.IndicatorSum);
        Assert.Equal((2m, 8m), (p.Indicators.Single(i => i.Name == "供水保证率").Deduction!.Value.Value, p.Indicators.Single(i => i.Name == "供水保证率").Score!.Value.Value));
        Assert.Empty(EvaluationFindings(result));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_planted_error_of_a_deduction_table_is_found_at_its_place(bool tabSeparated)
    {
        var text = Text(DrinkingWaterPlanted);
        var result = Audit(DrinkingWaterPlanted, tabSeparated ? AsTabSeparated(text) : text);
        var found = EvaluationFindings(result).Select(f => (f.RuleId, f.Location.Row, f.Location.Column, f.Expected?.ToString(), f.Actual?.ToString())).Order().ToList();
        var expected = new (string, string?, string?, string?, string?)[]
        {
            ("FA4001", "过程 · 资金管理 · 资金使用合规性", "扣分", "5", "6"),
            ("FA4002", "产出", "分值", "25", "23"),
            ("FA4002", "产出 · 产出数量", "分值", "8", "10"),
            ("FA4003", "总分", "扣分", "82.5", "83.5"),
            ("FA4007", "等级", null, "良", "优"),
        };
        Assert.Equal(expected.Order().ToList(), found);
        var above = Assert.Single(result.Findings, f => f.RuleId == "FA4001");
        Assert.Equal("指标“资金使用合规性”扣分 6 高于分值 5（超出 1）", above.Message);
        if (!tabSeparated) Assert.Equal(LineOf(DrinkingWaterPlanted, "| 资金使用合规性 |"), above.Location.Line);
    }

    [Fact]
    public void A_table_printing_both_score_and_deduction_keeps_the_printed_score()
    {
        // A 扣分 column before 扣分原因: the header's, 0.5 beside the score 2.5 out of 3, blank elsewhere.
        var text = WithDeductionColumn(Text(Renovation), "立项依据充分性", "0.5");
        var result = Audit("both.md", text);
        var i = Project(result).Indicators.Single(x => x.Name == "立项依据充分性");
        Assert.Equal((2.5m, 0.5m), (i.Score!.Value.Value, i.Deduction!.Value.Value));
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>Flattened one cell per line, a blank 扣分 prints no line: the table is not read rather than read wrong.</summary>
    [Theory]
    [InlineData(DrinkingWater)]
    [InlineData(DrinkingWaterPlanted)]
    public void A_flattened_deduction_table_is_not_read_and_raises_no_false_alarm(string name)
    {
        var result = Audit(name.Replace(".md", ".txt", StringComparison.Ordinal), AsFlattened(Text(name)));
        Assert.DoesNotContain(EvaluationFindings(result), f => f.RuleId is "FA4001" or "FA4002" or "FA4003");
    }
}
