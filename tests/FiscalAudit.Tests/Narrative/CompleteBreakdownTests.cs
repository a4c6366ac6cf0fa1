using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// FA3005 on lists written out after their whole: “分别为/包括” lists every part (the parts add up to the whole),
/// “其中/主要包括” and lists closed by “等” only some (the parts must not exceed it); counts add up exactly.
/// </summary>
public class CompleteBreakdownTests
{
    private static List<string> Fa3005(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId == "FA3005").Select(f => f.Message).ToList();

    [Theory]
    [InlineData("非同级财政拨款的其他收入30.57万元分别为：区委组织部拨入离退休人员生活补助29.52万元，预算绩效管理业务培训经费0.75万元，党员教育培训补助经费0.3万元。")]
    [InlineData("非同级财政拨款的其他收入30.57万元，分别为：1.区委组织部拨入离退休人员生活补助29.52万元；2.预算绩效管理业务培训经费0.75万元；3.党员教育培训补助经费0.3万元。")]
    [InlineData("非同级财政拨款的其他收入305,700.00元分别为：离退休人员生活补助295,200.00元，业务培训经费7,500.00元，党员教育培训补助经费3,000.00元。")]
    [InlineData("2020年度项目支出100.00万元，包括：信息化建设40.00万元、财政委托业务评审费60.00万元。")]
    public void A_complete_list_that_adds_up_is_no_finding(string text)
    {
        var whole = Assert.Single(FromText(text).Narrative.Facts, f => f.Parts.Count > 0);
        Assert.True(whole.PartsAreComplete);
        Assert.Empty(Fa3005(text));
    }

    [Theory]
    [InlineData("非同级财政拨款的其他收入30.67万元分别为：区委组织部拨入离退休人员生活补助29.52万元，预算绩效管理业务培训经费0.75万元，党员教育培训补助经费0.3万元。", "30.57")]
    [InlineData("非同级财政拨款的其他收入306,700.00元分别为：离退休人员生活补助295,200.00元，业务培训经费7,500.00元，党员教育培训补助经费3,000.00元。", "305,700.00元")]
    [InlineData("2020年度项目支出100.00万元，包括：信息化建设40.00万元、财政委托业务评审费50.00万元。", "90.00")]
    public void A_complete_list_that_does_not_add_up_is_an_error(string text, string sum)
    {
        var message = Assert.Single(Fa3005(text));
        Assert.Contains($"≠ 所列构成之和 {sum}", message);
    }

    [Theory]
    [InlineData("2020年度项目支出100.00万元，主要包括：信息化建设40.00万元、财政委托业务评审费50.00万元。")]
    [InlineData("2020年度项目支出100.00万元，其中：信息化建设40.00万元，财政委托业务评审费50.00万元。")]
    [InlineData("2020年度项目支出100.00万元，包括：信息化建设40.00万元、财政委托业务评审费50.00万元等。")]
    public void A_partial_list_may_add_up_to_less(string text) => Assert.Empty(Fa3005(text));

    [Theory]
    [InlineData("2020年度项目支出100.00万元，主要包括：信息化建设60.00万元、财政委托业务评审费50.00万元。")]
    [InlineData("2020年度项目支出100.00万元，其中：信息化建设60.00万元，财政委托业务评审费50.00万元。")]
    [InlineData("2020年度项目支出100.00万元，分别为：信息化建设60.00万元，财政委托业务评审费50.00万元。")]
    public void Parts_that_exceed_the_whole_are_an_error_whatever_the_list(string text)
    {
        var message = Assert.Single(Fa3005(text));
        Assert.Contains("110.00", message);
    }

    [Fact]
    public void Counts_break_down_like_amounts_and_add_up_exactly()
    {
        const string Head = "截至2024年12月31日，本部门共有车辆6辆，";
        Assert.Empty(Fa3005(Head + "其中：主要领导干部用车1辆、机要通信用车2辆、其他用车3辆。"));
        // 其他用车 closes the kinds with the rest (list-leads.json restCounts): every vehicle is listed, “其中” though it says.
        Assert.Contains("“共有车辆”6辆 ≠ 所列构成之和 5（1＋2＋2，差 1）", Assert.Single(Fa3005(Head + "其中：主要领导干部用车1辆、机要通信用车2辆、其他用车2辆。")));
        Assert.Empty(Fa3005(Head + "其中：主要领导干部用车1辆、机要通信用车2辆、执法执勤用车2辆。"));
        Assert.Contains("“共有车辆”6辆 ≠ 所列构成之和 8", Assert.Single(Fa3005(Head + "其中：主要领导干部用车1辆、机要通信用车2辆、其他用车5辆。")));
        Assert.Contains("“共有车辆”6辆小于所列各项之和 8", Assert.Single(Fa3005(Head + "其中：主要领导干部用车1辆、机要通信用车2辆、执法执勤用车5辆。")));
        Assert.Contains("“共有车辆”6辆 ≠ 所列构成之和 5（1＋2＋2，差 1）", Assert.Single(Fa3005(Head + "分别为：主要领导干部用车1辆、机要通信用车2辆、其他用车2辆。")));
        var vehicles = Assert.Single(FromText(Head + "其中：主要领导干部用车1辆、机要通信用车2辆、其他用车3辆。").Narrative.Facts, f => f.Parts.Count > 0);
        Assert.Equal(FactKind.Count, vehicles.Kind);
        Assert.Equal(3, vehicles.Parts.Count);
    }

    [Fact]
    public void A_count_is_not_a_part_of_an_amount_nor_an_amount_of_a_count()
    {
        const string Text = "公务接待费支出0.09万元，其中：国内公务接待费0.09万元，接待1批次，共接待12人次。";
        var whole = Assert.Single(FromText(Text).Narrative.Facts, f => f.Parts.Count > 0);
        Assert.All(whole.Parts, p => Assert.Equal(FactKind.Amount, p.Kind));
        Assert.Empty(Fa3005(Text));
    }

    [Theory]
    [InlineData("绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个）。", false)]
    [InlineData("绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目3个；绩效评级为“良”的项目2个；绩效评级为“合格”的项目0个）。", true)]
    public void A_list_after_qizhong_and_a_comma_continues_with_semicolons(string text, bool exceeds) =>
        Assert.Equal(exceeds ? 1 : 0, Fa3005(text).Count);

    [Fact]
    public void A_list_after_qizhong_and_a_comma_does_not_run_on_over_commas()
    {
        // Seed 001: the first four add up to 34,084.78; the fifth is another classification of the same money.
        const string Text = "累计收到直达资金34,084.78万元，其中，特殊转移支付13,536.76万元，抗疫特别国债1,373万元，正常转移支付的直达资金7,660.56万元，参照直达资金11,514.46万元，调整标识为直达资金的转移支付10,730.65万元。";
        Assert.Empty(Fa3005(Text));
    }

    [Fact]
    public void Project_ratings_that_exceed_the_projects_are_an_error()
    {
        var message = Assert.Single(Fa3005("绩效自评的2024年度项目4个，其中：绩效评级为“优”的项目3个；绩效评级为“良”的项目2个。"));
        Assert.Contains("小于所列各项之和 5", message);
    }
}
