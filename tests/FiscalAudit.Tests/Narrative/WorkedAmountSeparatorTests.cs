using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A sum, a difference or a previous year's amount a narrative finding works out prints like the amounts it cites: with thousands
/// separators when they carry them (“1,250.00万元 ≠ 所列构成之和 1,255.00”), without when they do not. The message as printed before
/// (no separators in what was worked out) is kept for the finding's former id.
/// </summary>
public class WorkedAmountSeparatorTests
{
    [Theory]
    [InlineData("FA3005", "本年收入1,250.00万元，分别为：财政拨款收入1,000.00万元，其他收入255.00万元。", "≠ 所列构成之和 1,255.00", "≠ 所列构成之和 1255.00")]
    [InlineData("FA3005", "非同级财政拨款的其他收入12,345.67万元分别为：区委组织部拨入离退休人员生活补助10,000.00万元，预算绩效管理业务培训经费2,000.00万元，党员教育培训补助经费300.00万元。", "所列构成之和 12,300.00（10,000.00＋2,000.00＋300.00，差 45.67）", "所列构成之和 12300.00")]
    [InlineData("FA3005", "2020年度项目支出1,000.00万元，其中：信息化建设600.00万元，财政委托业务评审费500.00万元。", "小于所列各项之和 1,100.00", "小于所列各项之和 1100.00")]
    [InlineData("FA3003", "一般公共预算财政拨款支出2,305.60万元，比上年增加1,125.20万元，增长94.00%。", "上年应为 1,180.40 万元", "上年应为 1180.40 万元")]
    [InlineData("FA3003", "支出预算总计21,955.35万元，比上年增加3,958.67万元，增长21.95%。", "上年应为 17,996.68 万元", "上年应为 17996.68 万元")]
    public void A_worked_out_amount_is_grouped_like_the_amounts_it_cites(string rule, string text, string printed, string before)
    {
        var finding = Assert.Single(Findings(text, rule));
        Assert.Contains(printed, finding.Message);
        Assert.Contains(before, finding.FormerMessage);
    }

    [Theory]
    [InlineData("FA3005", "本年收入1250.00万元，分别为：财政拨款收入1000.00万元，其他收入255.00万元。", "≠ 所列构成之和 1255.00")]
    [InlineData("FA3005", "2020年度项目支出1000.00万元，其中：信息化建设600.00万元，财政委托业务评审费500.00万元。", "小于所列各项之和 1100.00")]
    [InlineData("FA3003", "一般公共预算财政拨款支出2305.60万元，比上年增加1125.20万元，增长94.00%。", "上年应为 1180.40 万元")]
    public void Without_separators_in_the_amounts_cited_none_is_added(string rule, string text, string printed)
    {
        var finding = Assert.Single(Findings(text, rule));
        Assert.Contains(printed, finding.Message);
        Assert.Null(finding.FormerMessage);
    }
}
