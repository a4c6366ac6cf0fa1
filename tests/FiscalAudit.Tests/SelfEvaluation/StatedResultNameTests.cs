namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A numbered project paragraph of a 整体支出绩效自评报告 names its project between the number and a space (“7. 驻村帮扶费用 2020年是…”);
/// printed to PDF the space may be gone (“7.驻村帮扶费用2020年是…”), and the name is then the longest opening the paragraph names again
/// (“…驻村帮扶费用支出为1.22万元”). A paragraph that never names its opening again states no project.
/// </summary>
public class StatedResultNameTests
{
    private static List<Core.Model.Evaluation.StatedProjectResult> Read(string paragraph) =>
        SelfEvaluationKit.FromText($"""
            某某县政务服务中心2020年度部门整体支出绩效自评报告

            一、项目绩效情况
            {paragraph}
            """).Disclosure.Evaluations.StatedResults;

    [Theory]
    [InlineData("7.驻村帮扶费用2020年是脱贫攻坚决战决胜之年，我单位驻村工作队认真落实上级布置的各项工作。2020年驻村帮扶费用支出为1.22万元，完成该项目的56.48%，该项目评价得分为100分，结论为“优”。", "驻村帮扶费用", "56.48%")]
    [InlineData("1.电费保证了政务大厅的正常用电，我单位每月到财政局办理电费支付手续，全年共支付电费4.75万元，完成该项目的67.86%。该项目评价得分为100分，结论为“优”。", "电费", "67.86%")]
    [InlineData("3、网络运行维护费为确保电子政务外网安全稳定运行，我局与网络运营商签订合同，全年网络运行维护费支出为23.40万元，完成该项目的97.50%，该项目评价得分为98分，结论为“优”。", "网络运行维护费", "97.50%")]
    [InlineData("4．业务培训费受疫情影响，集中培训改为线上开展，共组织线上培训6期。业务培训费全年支出为3.20万元，完成该项目的40.00%，该项目绩效自评得分为85分，结论为“良”。", "业务培训费", "40.00%")]
    public void A_name_printed_without_its_space_is_the_opening_named_again(string paragraph, string name, string rate)
    {
        var r = Assert.Single(Read(paragraph));
        Assert.Equal((name, rate), (r.Name, r.Rate.Text));
    }

    [Fact]
    public void A_name_followed_by_a_space_is_read_up_to_the_space()
    {
        var r = Assert.Single(Read("2. 政务大厅运行费 我单位合理使用资金，2020年支出11.09万元，完成该项目的92.42%。该项目评价得分为100分，结论为“优”。"));
        Assert.Equal("政务大厅运行费", r.Name);
    }

    [Fact]
    public void An_opening_never_named_again_states_no_project() =>
        Assert.Empty(Read("5.全年按时足额支付各项费用，资金使用规范，完成该项目的87.57%，该项目评价得分为100分，结论为“优”。"));
}
