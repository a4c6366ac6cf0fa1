using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 1): the first name of a list may write a head once for all its names (“政府采购货物支出、工程支出和服务支出分别为…”:
/// 工程支出 is 政府采购工程支出). The later names are read with it (list-leads.json sharedHeads) and checked as if written in full: the
/// three kinds of 政府采购 are then every part of the total, so a sum that misses it gives one FA3005, and a wrong share one FA3002 —
/// with “、”, “和” or “及”, after “其中：”, with “分别为” / “分别占” or each name with its own amount.
/// </summary>
public class SharedHeadListTests
{
    [Theory]
    [InlineData("2020年度本部门政府采购支出总额2.42万元，其中：政府采购货物支出、工程支出和服务支出分别为2.24万元、0万元和0.18万元。")]
    [InlineData("2021年度政府采购支出总额36.50万元，其中：政府采购货物支出、工程支出及服务支出分别为12.30万元、0万元、24.20万元，分别占33.70%、0%和66.30%。")]
    [InlineData("2022年度本单位政府采购支出总额128.60万元，其中：政府采购货物支出56.30万元、工程支出0万元、服务支出72.30万元。")]
    [InlineData("2023年度政府采购支出总额60.00万元，其中政府采购货物支出、工程支出、服务支出分别是20.00万元、0万元、40.00万元。")]
    public void Shortened_names_that_add_up_are_silent(string text)
    {
        Assert.Empty(Findings(text, "FA3005"));
        Assert.Empty(Findings(text, "FA3002"));
        var whole = Assert.Single(FromText(text).Narrative.Facts, f => f.Parts.Count > 0);
        Assert.True(whole.PartsAreComplete);
        Assert.All(whole.Parts, p => Assert.StartsWith("政府采购", p.Quantity, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2020年度本部门政府采购支出总额2.42万元，其中：政府采购货物支出、工程支出和服务支出分别为2.24万元、0万元和0万元。", "所列构成之和 2.24")]
    [InlineData("2022年度本单位政府采购支出总额128.60万元，其中：政府采购货物支出56.30万元、工程支出0万元、服务支出27.30万元。", "所列构成之和 83.60")]
    [InlineData("2023年度政府采购支出总额60.00万元，其中政府采购货物支出、工程支出、服务支出分别是20.00万元、0万元、30.00万元。", "所列构成之和 50.00")]
    public void Shortened_names_that_miss_the_total_give_one_finding(string text, string sum) =>
        Assert.Contains(sum, Assert.Single(Messages(text, "FA3005")), StringComparison.Ordinal);

    [Fact]
    public void A_wrong_share_of_a_shortened_name_gives_one_finding() =>
        Assert.Contains("“政府采购服务支出”24.20万元", Assert.Single(Messages(
            "2021年度政府采购支出总额36.50万元，其中：政府采购货物支出、工程支出及服务支出分别为12.30万元、0万元、24.20万元，分别占33.70%、0%和63.30%。", "FA3002")), StringComparison.Ordinal);

    [Theory]
    [InlineData("2022年度一般公共预算财政拨款支出865.40万元，其中：一般公共预算财政拨款基本支出和项目支出分别为612.35万元和253.05万元。", "一般公共预算财政拨款项目支出")]
    [InlineData("2022年度机关运行经费支出58.60万元，其中：机关运行经费中的办公费、印刷费和水电费分别为12.40万元、3.20万元和8.90万元。", "机关运行经费中的水电费")]
    [InlineData("2022年度财政拨款支出865.40万元，其中：一般公共预算财政拨款支出和政府性基金预算财政拨款支出分别为865.40万元和0万元。", "政府性基金预算财政拨款支出")]
    [InlineData("2022年度一般公共预算财政拨款基本支出612.35万元，其中：人员经费500.00万元、公用经费112.35万元。", "公用经费")]
    public void The_last_name_is_read_with_the_head_only_when_it_shortens_the_first(string text, string last) =>
        Assert.Equal(last, Assert.Single(FromText(text).Narrative.Facts, f => f.Parts.Count > 0).Parts[^1].Quantity);

    [Fact]
    public void Examples_with_a_shared_head_may_fall_short_but_never_exceed()
    {
        Assert.Empty(Findings("2022年度机关运行经费支出58.60万元，其中：机关运行经费中的办公费、印刷费和水电费分别为12.40万元、3.20万元和8.90万元。", "FA3005"));
        Assert.Contains("小于所列各项之和 24.50", Assert.Single(Messages("2022年度机关运行经费支出18.60万元，其中：机关运行经费中的办公费、印刷费和水电费分别为12.40万元、3.20万元和8.90万元。", "FA3005")), StringComparison.Ordinal);
    }
}
