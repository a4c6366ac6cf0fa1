using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A third-party table printing both 得分 and 扣分: each indicator's 得分 is its 分值 less its 扣分 within the rounding of the printed
/// 得分 (FA4001). The renovation report's 立项依据充分性 scores 2.5 out of 3; its 扣分 cell is varied.
/// </summary>
public class ThirdPartyScoreBesideDeductionTests
{
    private const string Indicator = "立项依据充分性";

    private static FiscalAudit.Engine.AuditResult WithDeduction(string deduction) =>
        Audit("both.md", WithDeductionColumn(Text(Renovation), Indicator, deduction));

    [Theory]
    [InlineData("0.5")]
    [InlineData("-0.5")]
    [InlineData("扣0.5分")]
    [InlineData("0.46")]
    [InlineData("0.55")]
    [InlineData("未扣分")]
    public void A_score_that_is_the_weight_less_the_deduction_is_silent(string deduction) =>
        Assert.Empty(EvaluationFindings(WithDeduction(deduction)));

    [Theory]
    [InlineData("1", "2", "指标“立项依据充分性”得分 2.5 ≠ 分值 3 − 扣分 1 = 2（差 0.5）")]
    [InlineData("扣1分", "2", "指标“立项依据充分性”得分 2.5 ≠ 分值 3 − 扣分 1 = 2（差 0.5）")]
    [InlineData("0.2", "2.8", "指标“立项依据充分性”得分 2.5 ≠ 分值 3 − 扣分 0.2 = 2.8（差 -0.3）")]
    [InlineData("0", "3", "指标“立项依据充分性”得分 2.5 ≠ 分值 3 − 扣分 0 = 3（差 -0.5）")]
    [InlineData("-1.5", "1.5", "指标“立项依据充分性”得分 2.5 ≠ 分值 3 − 扣分 1.5 = 1.5（差 1）")]
    public void A_score_that_is_not_the_weight_less_the_deduction_is_reported_at_the_score_cell(string deduction, string expected, string message)
    {
        var result = WithDeduction(deduction);
        var finding = Assert.Single(EvaluationFindings(result));
        Assert.Equal(("FA4001", "决策 · 项目立项 · " + Indicator, "得分", expected, "2.5", message),
            (finding.RuleId, finding.Location.Row, finding.Location.Column, finding.Expected?.ToString(), finding.Actual?.ToString(), finding.Message));
        Assert.Equal(LineOf(Renovation, $"| {Indicator} |"), finding.Location.Line);
        Assert.Equal(new string?[] { "分值", "扣分" }, finding.RelatedLocations.Select(r => r.Column));
    }
}
