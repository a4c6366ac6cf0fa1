using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 3): the 政府采购 part of 其他重要事项 breaks its total down into 货物, 工程 and 服务 (“政府采购支出总额X万元，其中：政府采购
/// 货物支出A万元、政府采购工程支出B万元、政府采购服务支出C万元”): the three are every part of it (list-leads.json completeFamilies), so
/// A + B + C must give X within rounding, though “其中” promises only some parts; the 中小企业 share (“占政府采购支出总额的Y%”) is of X.
/// </summary>
public class ProcurementPartsTests
{
    private const string National = "2023年度本部门政府采购支出总额100.00万元，其中：政府采购货物支出50.00万元、政府采购工程支出20.00万元、政府采购服务支出30.00万元。授予中小企业合同金额80.00万元，占政府采购支出总额的80.00%，其中：授予小微企业合同金额60.00万元，占授予中小企业合同金额的75.00%。";

    private const string Sentences = "2022年度政府采购支出总额1,234.56万元。其中：政府采购货物支出234.56万元。政府采购工程支出600.00万元。政府采购服务支出400.00万元。授予中小企业合同金额1,000.00万元，占政府采购支出总额的81.00%。";

    private const string Rounded = "政府采购支出总额12.35万元，其中：政府采购货物支出4.12万元，政府采购工程支出0万元，政府采购服务支出8.24万元。";

    [Theory]
    [InlineData(National)]
    [InlineData(Sentences)]
    [InlineData(Rounded)]
    public void Parts_that_add_up_and_a_right_share_are_silent(string text)
    {
        Assert.Empty(Findings(text, "FA3005"));
        Assert.Empty(Findings(text, "FA3002"));
    }

    [Theory]
    [InlineData(National, "工程支出20.00万元", "工程支出10.00万元", "90.00")]
    [InlineData(Sentences, "服务支出400.00万元", "服务支出300.00万元", "1,134.56")]
    [InlineData(Rounded, "服务支出8.24万元", "服务支出8.14万元", "12.26")]
    public void Parts_short_of_the_total_give_one_finding(string text, string right, string wrong, string sum)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Findings(text.Replace(right, wrong, StringComparison.Ordinal), "FA3005"));
        Assert.Contains($"≠ 所列构成之和 {sum}", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(National, "占政府采购支出总额的80.00%", "占政府采购支出总额的70.00%")]
    [InlineData(Sentences, "占政府采购支出总额的81.00%", "占政府采购支出总额的18.00%")]
    public void A_share_of_the_total_that_the_amounts_contradict_gives_one_finding(string text, string right, string wrong)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Findings(text.Replace(right, wrong, StringComparison.Ordinal), "FA3002"));
        Assert.Contains("政府采购支出总额", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_of_the_three_kinds_are_only_some_parts() =>
        Assert.Empty(Findings("政府采购支出总额100.00万元，其中：政府采购货物支出50.00万元、政府采购服务支出30.00万元。", "FA3005"));
}
