namespace FiscalAudit.Tests.Targets;

/// <summary>
/// Issue 12 class 5: a project amount in 绩效目标设置情况 that contradicts its 绩效目标表 (FA6602) also makes the listed
/// projects exceed the stated 涉及项目预算资金 (FA3005) by the same amount: one wrong number, one 错误 quoting the other.
/// A stated total that is wrong as well (another difference) stays its own finding.
/// </summary>
public class ListedProjectFoldTests
{
    private const string Statement = "2025年度，本单位编报绩效目标的项目共3个，涉及项目预算资金170.00万元。其中：社区文化活动经费50.00万元，信息化系统运维费130.00万元。";

    private static List<string> Findings(string statement)
    {
        Assert.Contains(Statement, TargetKit.Markdown, StringComparison.Ordinal);
        var result = TargetKit.Audit(TargetKit.Markdown.Replace(Statement, statement, StringComparison.Ordinal));
        return result.Findings.Where(f => f.RuleId is "FA3005" or "FA6602")
            .Select(f => $"{f.RuleId} {f.Expected} {f.Actual} {f.MergedIds.Count}").ToList();
    }

    [Theory]
    // The file as composed: 130.00 listed for the 120.00 form, 10.00 over the stated 170.00.
    [InlineData(Statement, "FA6602 120.00 130.00 1")]
    // 140.00 for 120.00: 20.00 over.
    [InlineData("2025年度，本单位编报绩效目标的项目共3个，涉及项目预算资金170.00万元。其中：社区文化活动经费50.00万元，信息化系统运维费140.00万元。", "FA6602 120.00 140.00 1")]
    // 125.00 for 120.00: 5.00 over.
    [InlineData("2025年度，本单位编报绩效目标的项目共3个，涉及项目预算资金170.00万元。其中：社区文化活动经费50.00万元，信息化系统运维费125.00万元。", "FA6602 120.00 125.00 1")]
    public void A_listed_amount_that_contradicts_its_form_and_breaks_the_total_is_one_finding(string statement, string expected)
    {
        Assert.Equal(new[] { expected }, Findings(statement));
    }

    [Fact]
    public void A_total_wrong_by_another_amount_stays_its_own_finding()
    {
        // 130.00 for 120.00 (10.00), and the stated total 160.00 is 20.00 short of the listed 180.00.
        var findings = Findings(Statement.Replace("170.00", "160.00", StringComparison.Ordinal));
        Assert.Equal(new[] { "FA3005 160.00 180.00 0", "FA6602 120.00 130.00 0" }, findings.Order(StringComparer.Ordinal));
    }
}
