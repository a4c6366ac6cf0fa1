using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 1): a count and its sum close their sentence, and the points “一是…二是…三是…” of the next sentences of the same
/// paragraph, each stating its amount, are the items counted (“今年共实施3个项目，涉及资金150万元。一是A项目50万元；二是B项目60万元；
/// 三是C项目30万元。”): the points' amounts add up to the sum (FA3005) and their number is the count (FA3018). Points that state no
/// amount (measures, not items) are not counted. So too a list opened by a lead word whose points run past “。” (“具体包括：一是A项目
/// 50万元。二是B项目60万元。”, “主要用于以下方面：一是办公费…。二是…”): each point's amount is a part of the whole before the lead.
/// </summary>
public class PointsAfterSumTests
{
    private const string Projects = "2023年共实施项目3个，涉及资金150.00万元。一是办公楼维修改造项目50.00万元；二是信息化建设项目60.00万元；三是业务培训项目40.00万元。";

    private const string Evaluated = "本单位对3个项目开展绩效自评，涉及资金108.78万元。一是乡村振兴项目，预算资金50.00万元，自评得分95分。二是高标准农田建设项目，预算资金40.00万元，自评得分92分。三是动物防疫项目，预算资金18.78万元，自评得分90分。";

    private const string Short = "今年共实施3个项目，涉及资金140万元。一是A项目50万元；二是B项目60万元；三是C项目30万元。下一步将继续加强项目管理。";

    [Theory]
    [InlineData(Projects)]
    [InlineData(Evaluated)]
    [InlineData(Short)]
    [InlineData("2023年共开展绩效自评项目5个，涉及资金300.00万元。一是强化组织领导。二是规范自评流程。三是加强结果应用。")]
    public void Points_that_add_up_to_the_sum_and_the_count_are_silent(string text)
    {
        Assert.Empty(Findings(text, "FA3005"));
        Assert.Empty(Findings(text, "FA3018"));
    }

    [Theory]
    [InlineData(Projects, "项目3个", "项目4个")]
    [InlineData(Evaluated, "对3个项目", "对2个项目")]
    [InlineData(Short, "共实施3个项目", "共实施4个项目")]
    public void A_count_other_than_the_points_gives_one_finding(string text, string right, string wrong)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Findings(text.Replace(right, wrong, StringComparison.Ordinal), "FA3018"));
        Assert.Contains("所列为 3 项", finding.Message, StringComparison.Ordinal);
    }

    private const string Included = "项目支出150.00万元，具体包括：一是办公楼维修改造项目50.00万元。二是信息化建设项目60.00万元。三是业务培训项目40.00万元。";

    private const string UsedFor = "机关运行经费支出74.84万元，主要用于以下方面：一是办公费37.82万元，用于日常办公。二是印刷费7.00万元。三是专用设备购置费20.00万元。";

    private const string ByEconomy = "基本支出200.00万元，按经济分类分别为：一是工资福利支出120.00万元，主要用于在职人员工资。二是商品和服务支出50.00万元。三是对个人和家庭的补助30.00万元。";

    private const string Reasons = "机关运行经费支出60.00万元，比上年增加20.00万元，主要原因：一是新增办公设备购置费15.00万元。二是差旅费增加10.00万元。";

    [Theory]
    [InlineData(Included)]
    [InlineData(UsedFor)]
    [InlineData(ByEconomy)]
    [InlineData(Reasons)]
    public void A_lead_words_points_that_fit_the_whole_are_silent(string text) => Assert.Empty(Findings(text, "FA3005"));

    [Theory]
    [InlineData(Projects, "涉及资金150.00万元", "涉及资金160.00万元", "逐项列出的金额之和 150.00")]
    [InlineData(Evaluated, "涉及资金108.78万元", "涉及资金118.78万元", "逐项列出的金额之和 108.78")]
    [InlineData(Short, "涉及资金140万元", "涉及资金150万元", "逐项列出的金额之和 140")]
    [InlineData(Included, "项目40.00万元", "项目30.00万元", "≠ 所列构成之和 140.00")]
    [InlineData(UsedFor, "办公费37.82万元", "办公费57.82万元", "小于所列各项之和 84.82")]
    [InlineData(ByEconomy, "补助30.00万元", "补助40.00万元", "≠ 所列构成之和 210.00")]
    public void A_sum_other_than_the_points_gives_one_finding_on_its_line(string text, string right, string wrong, string expected)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Findings(text.Replace(right, wrong, StringComparison.Ordinal), "FA3005"));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, finding.Location.Line);
    }
}
