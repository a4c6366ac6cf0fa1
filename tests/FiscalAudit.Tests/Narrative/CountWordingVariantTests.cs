using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: counts worded as regions write them — a vehicle count broken down by every kind, a kind of none among them
/// (“共有车辆8辆，其中：一般公务用车2辆、执法执勤用车0辆、特种专业技术用车6辆”); the count after its items (“内设A、B…F6个工作
/// 机构”); the items in the sentence after the count and its sum (“共涉及一级项目5个，资金6,200.00万元。分别为：…”); a wrong count and
/// a listed sum over the stated one in one sentence, each reported.
/// </summary>
public class CountWordingVariantTests
{
    private const string Vehicles = "截至2024年12月31日，本部门共有车辆8辆，其中：一般公务用车2辆、执法执勤用车0辆、特种专业技术用车6辆。";

    private const string VehiclesCommas = "截至2023年12月31日，本单位共有车辆5辆，其中，机要通信用车0辆，一般公务用车3辆，执法执勤用车2辆。";

    private const string Offices = "敦化路街道办事处内设综合办公室、党建工作办公室、社区建设办公室、城市管理办公室、民生保障办公室、平安建设办公室6个工作机构，下辖社区居民委员会12个。";

    private const string Bureau = "本局内设办公室、计划财务科、政策法规科3个工作部门，另设机关党委。";

    private const string Projects = "本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及一级项目5个，资金6,200.00万元。分别为：农村学校校舍维修改造项目2,100.00万元、学前教育公用经费补助项目1,300.00万元、义务教育学生营养改善计划项目1,650.00万元、普通高中学生资助项目700.00万元、教师培训项目450.00万元。";

    private const string SelfEvaluation = "2024年度本部门对3个项目开展了绩效自评，涉及资金1,850.00万元，分别为：老旧小区环境提升项目650.00万元、社区党群服务中心运转项目420.00万元、城市精细化管理项目780.00万元。";

    [Theory]
    [InlineData(Vehicles)]
    [InlineData(VehiclesCommas)]
    [InlineData(Offices)]
    [InlineData(Bureau)]
    [InlineData(Projects)]
    [InlineData(SelfEvaluation)]
    [InlineData("截至2024年12月31日，本部门共有车辆10辆，其中：一般公务用车2辆、执法执勤用车6辆。")]
    [InlineData("申请人在5个工作日内向办公室、财务科提交材料。")]
    public void The_right_text_is_silent(string text) => Assert.Empty(NarrativeFindings(FromText(text)));

    [Theory]
    [InlineData(Vehicles, "共有车辆8辆", "共有车辆9辆", "FA3005", "≠ 所列构成之和 8")]
    [InlineData(VehiclesCommas, "执法执勤用车2辆", "执法执勤用车1辆", "FA3005", "≠ 所列构成之和 4")]
    [InlineData(Offices, "平安建设办公室6个工作机构", "平安建设办公室7个工作机构", "FA3018", "所列为 6 项")]
    [InlineData(Bureau, "政策法规科3个工作部门", "政策法规科4个工作部门", "FA3018", "所列为 3 项")]
    [InlineData(Projects, "共涉及一级项目5个", "共涉及一级项目6个", "FA3018", "所列为 5 项")]
    [InlineData(Projects, "教师培训项目450.00万元", "教师培训项目540.00万元", "FA3005", "差 90.00")]
    public void A_planted_count_or_part_gives_one_finding(string text, string right, string wrong, string rule, string expected)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(NarrativeFindings(FromText(text.Replace(right, wrong, StringComparison.Ordinal))));
        Assert.Equal(rule, finding.RuleId);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_count_and_a_listed_sum_over_the_stated_one_are_both_reported()
    {
        var text = SelfEvaluation.Replace("对3个项目", "对4个项目", StringComparison.Ordinal).Replace("城市精细化管理项目780.00万元", "城市精细化管理项目870.00万元", StringComparison.Ordinal);
        var findings = NarrativeFindings(FromText(text));
        Assert.Equal(new[] { "FA3005", "FA3018" }, findings.Select(f => f.RuleId).Order());
        Assert.Contains("小于逐项列出的金额之和 1940.00", Assert.Single(findings, f => f.RuleId == "FA3005").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_count_with_a_listed_sum_under_the_stated_one_is_only_the_count()
    {
        var text = SelfEvaluation.Replace("对3个项目", "对4个项目", StringComparison.Ordinal).Replace("涉及资金1,850.00万元", "涉及资金2,000.00万元", StringComparison.Ordinal);
        Assert.Equal("FA3018", Assert.Single(NarrativeFindings(FromText(text))).RuleId);
    }
}
