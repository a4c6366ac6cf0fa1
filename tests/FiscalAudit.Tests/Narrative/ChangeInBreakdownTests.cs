using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 4): a change from last year (“比上年减少1辆”, “较上年度增加2人”, “同比下降1.00万元”) stated before or after a
/// “其中” breakdown is neither its whole nor one of its parts. Counts of vehicles and people, money and “三公” items, the change
/// before the list, after it and inside it: the right text is silent, a real mismatch of the parts still gives one FA3005.
/// </summary>
public class ChangeInBreakdownTests
{
    [Theory]
    [InlineData("本部门共有车辆2辆，比上年减少1辆，其中：机要通信用车1辆，其他用车1辆。")]
    [InlineData("本部门共有车辆2辆，其中：机要通信用车1辆，其他用车1辆，比上年减少1辆。")]
    [InlineData("本部门共有车辆2辆，较上年减少1辆，其中：机要通信用车1辆，其他用车1辆。")]
    [InlineData("本部门共有车辆5辆，较上年增加2辆，其中：机要通信用车1辆，执法执勤用车4辆。")]
    [InlineData("截至2024年12月31日，本单位共有车辆6辆，比上年度增加1辆，其中：一般公务用车2辆、执法执勤用车4辆。")]
    [InlineData("本单位年末实有人数28人，比上年增加2人，其中：在职人员20人，离退休人员8人。")]
    [InlineData("本单位年末实有人数28人，其中：在职人员20人，离退休人员8人，较上年度下降3人。")]
    [InlineData("公务接待费支出5.00万元，比上年减少1.00万元，其中：国内公务接待费5.00万元，国（境）外接待费0万元。")]
    [InlineData("公务用车购置及运行维护费支出10.00万元，其中：公务用车购置费6.00万元，公务用车运行维护费4.00万元，较上年增加3.00万元。")]
    [InlineData("本年支出合计800.00万元，较上年增长50.00万元，其中：基本支出600.00万元，项目支出200.00万元。")]
    public void A_change_beside_a_breakdown_is_silent(string text) => Assert.Empty(Findings(text, "FA3005"));

    [Theory]
    [InlineData("本部门共有车辆2辆，比上年减少1辆，其中：机要通信用车1辆，其他用车2辆。", "“共有车辆”2辆 ≠ 所列构成之和 3")]
    [InlineData("本部门共有车辆2辆，其中：机要通信用车2辆，其他用车1辆，比上年减少1辆。", "“共有车辆”2辆 ≠ 所列构成之和 3")]
    [InlineData("本单位年末实有人数28人，比上年增加2人，其中：在职人员22人，离退休人员8人。", "所列各项之和 30")]
    [InlineData("公务接待费支出5.00万元，比上年减少1.00万元，其中：国内公务接待费5.50万元，国（境）外接待费0万元。", "“国内公务接待费”5.50万元大于其总数“公务接待费支出”5.00万元")]
    public void A_real_mismatch_still_gives_one_finding(string text, string expected)
    {
        var finding = Assert.Single(Findings(text, "FA3005"));
        Assert.Equal(1, finding.Location.Line);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
