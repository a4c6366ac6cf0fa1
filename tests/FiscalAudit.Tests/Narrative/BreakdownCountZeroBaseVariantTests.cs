using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 1, 4, 9), red team on unseen wording: breakdowns under a whole named in many forms, bracketed amounts after a
/// label (“（同比增加50.00万元）”), changes “同比增加”, stated counts and totals against the items written out (a closing “合计”
/// after the last item, numbered item paragraphs after a count with no colon, points after a comma), averages per 批次 and per 次,
/// and zero budgets said in words (“未安排预算”, “预算数为零”). Each right text is silent; one planted mistake gives one finding.
/// </summary>
public class BreakdownCountZeroBaseVariantTests
{
    private const string Shares = "2024年度本部门支出决算3,456.78万元。其中：工资福利支出2,100.00万元，占60.75%；商品和服务支出856.78万元，占24.79%；对个人和家庭的补助500.00万元，占14.46%。";

    private const string SubTotal = "支出决算1,500.00万元，其中：基本支出1,100.00万元，其中人员经费900.00万元，公用经费200.00万元；项目支出400.00万元。";

    private const string OmittedOther = "本年支出合计800.00万元，其中：一般公共服务支出600.00万元，占75.00%；社会保障和就业支出120.00万元，占15.00%；卫生健康支出50.00万元，占6.25%。";

    private const string InYuan = "会议费支出2.50万元，包括：场地租金12,000.00元，资料印刷费13,000.00元。";

    private const string MainlyFor = "机关运行经费支出45.60万元，比上年减少2.10万元。主要用于：办公费22.30万元、水电费16.50万元、差旅费6.80万元等。";

    private const string PriorBracket = "支出决算500.00万元（上年决算数450.00万元），具体为：基本支出300.00万元，项目支出200.00万元。";

    private const string ChangeBracket = "项目支出850.00万元（同比增加50.00万元），增长6.25%。";

    private const string SameTimeLastYear = "项目支出850.00万元，同比增加50.00万元，增长6.25%。";

    private const string Circled = "纳入绩效自评范围的项目共3个：①公共法律服务项目45.00万元；②人民调解项目30.00万元；③普法宣传项目25.00万元，合计100.00万元。";

    private const string CommaList = "共3个项目：信息化建设项目50.00万元、人才引进项目40.00万元、业务培训项目30.00万元，合计120.00万元。";

    private const string NumberedParagraphs = "本单位对2个项目开展绩效自评，涉及资金150.00万元。\n1.农村饮水安全项目，预算资金100.00万元。\n2.河道清淤项目，预算资金50.00万元。";

    private const string ChineseNumbered = "本单位对2个项目开展绩效自评，涉及资金150.00万元。\n（一）农村饮水安全项目，预算资金100.00万元。\n（二）河道清淤项目，预算资金50.00万元。";

    private const string PointsAfterComma = "共对3个项目开展绩效自评，一是乡村振兴衔接资金项目；二是高标准农田建设项目；三是农村人居环境整治项目。";

    private const string Batches = "公务接待费2.40万元，共接待12批次，平均每批次接待费0.20万元。";

    private const string Meetings = "本部门召开会议4次，会议费支出3.20万元，次均会议费0.80万元。";

    [Theory]
    [InlineData(Shares)]
    [InlineData(SubTotal)]
    [InlineData(OmittedOther)]
    [InlineData(InYuan)]
    [InlineData(MainlyFor)]
    [InlineData(PriorBracket)]
    [InlineData(ChangeBracket)]
    [InlineData(SameTimeLastYear)]
    [InlineData(Circled)]
    [InlineData(CommaList)]
    [InlineData(NumberedParagraphs)]
    [InlineData(ChineseNumbered)]
    [InlineData(PointsAfterComma)]
    [InlineData(Batches)]
    [InlineData(Meetings)]
    [InlineData("本年度共实施项目12个。\n1.项目管理情况：各项目均按计划实施。\n2.项目绩效情况：总体较好。")]
    [InlineData("本年度共实施项目15个，涉及资金800.00万元。\n1.重点项目情况：总体进展顺利。\n2.一般项目情况：按期完成。")]
    [InlineData("本年度共实施项目15个，涉及资金800.00万元。\n1.重点项目，资金500.00万元，进展顺利。\n2.一般项目，资金300.00万元，按期完成。")]
    [InlineData("共对16个项目开展绩效自评，涉及资金900.00万元。\n1.智慧城管项目，预算资金120.00万元，自评得分95分。\n2.河道保洁项目，预算资金80.00万元，自评得分92分。")]
    [InlineData("政府性基金预算财政拨款支出年初预算为0万元，支出决算为35.00万元，主要原因是年中追加预算。")]
    [InlineData("公务接待费未安排预算，支出决算为0万元。")]
    [InlineData("会议费年初预算为0万元，支出决算为0.80万元。")]
    public void The_right_text_is_silent(string text) => Assert.Empty(NarrativeFindings(FromText(text)));

    [Theory]
    [InlineData(Shares, "占24.79%", "占24.97%", "FA3002", 1, "比例应为 24.79%")]
    [InlineData(SubTotal, "其中人员经费900.00万元", "其中人员经费1,200.00万元", "FA3005", 1, "大于其总数“基本支出”1,100.00万元")]
    [InlineData(OmittedOther, "占6.25%", "占6.52%", "FA3002", 1, "比例应为 6.25%")]
    [InlineData(InYuan, "资料印刷费13,000.00元", "资料印刷费15,000.00元", "FA3005", 1, "差 0.20")]
    [InlineData(MainlyFor, "水电费16.50万元", "水电费18.50万元", "FA3005", 1, "超出 2.00")]
    [InlineData(PriorBracket, "项目支出200.00万元", "项目支出180.00万元", "FA3005", 1, "差 20.00")]
    [InlineData(ChangeBracket, "增长6.25%", "增长6.00%", "FA3003", 1, "变动率应为 6.25%")]
    [InlineData(SameTimeLastYear, "增长6.25%", "增长6.00%", "FA3003", 1, "上年应为 800.00 万元")]
    [InlineData(Circled, "合计100.00万元", "合计110.00万元", "FA3005", 1, "110.00万元 ≠ 逐项列出的金额之和 100.00")]
    [InlineData(Circled, "项目共3个", "项目共4个", "FA3018", 1, "所列为 3 项（公共法律服务项目45.00万元、人民调解项目30.00万元、普法宣传项目25.00万元）")]
    [InlineData(CommaList, "合计120.00万元", "合计110.00万元", "FA3005", 1, "≠ 逐项列出的金额之和 120.00")]
    [InlineData(NumberedParagraphs, "涉及资金150.00万元", "涉及资金160.00万元", "FA3005", 1, "≠ 逐项列出的金额之和 150.00")]
    [InlineData(ChineseNumbered, "涉及资金150.00万元", "涉及资金160.00万元", "FA3005", 1, "≠ 逐项列出的金额之和 150.00")]
    [InlineData(NumberedParagraphs, "对2个项目", "对1个项目", "FA3018", 1, "却列出了 2 项")]
    [InlineData(PointsAfterComma, "三是农村人居环境整治项目。", "三是农村人居环境整治项目；四是动物防疫项目。", "FA3018", 1, "所列为 4 项")]
    [InlineData(Batches, "0.20万元", "0.25万元", "FA3006", 1, "2.40÷12 = 0.20 万元")]
    [InlineData(Meetings, "0.80万元", "0.85万元", "FA3006", 1, "3.20÷4 = 0.80 万元")]
    public void A_planted_mistake_gives_one_finding(string text, string right, string wrong, string rule, int line, string expected)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(NarrativeFindings(FromText(text.Replace(right, wrong, StringComparison.Ordinal))));
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal(line, finding.Location.Line);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("培训费年初未安排预算，支出决算1.50万元，完成年初预算的0%。", "（决算 1.50万元）")]
    [InlineData("会议费预算数为零，决算数为0.80万元，完成预算的100%。", "“完成预算的100%”")]
    [InlineData("会议费预算为零，支出决算为0.80万元，完成年初预算的100%。", "“完成年初预算的100%”")]
    [InlineData("公务接待费未安排预算，支出决算为1.20万元，完成预算的100%。", "“公务接待费”")]
    [InlineData("会议费2024年度未安排预算，支出决算为0.80万元，完成预算的100%。", "“会议费”年初预算")]
    [InlineData("培训费2023年预算数为零，支出决算为1.50万元，完成预算的100%。", "“培训费”年初预算")]
    [InlineData("会议费年初预算为0万元，实际支出0.60万元，预算完成率100%。", "（决算 0.60万元）")]
    public void A_rate_of_a_budget_said_to_be_none_is_reported(string text, string expected)
    {
        var finding = Assert.Single(NarrativeFindings(FromText(text)));
        Assert.Equal("FA3008", finding.RuleId);
        Assert.Equal(FiscalAudit.Core.Findings.Severity.Warning, finding.Severity);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_of_nothing_over_nothing_are_one_hint_for_the_document()
    {
        const string text = "因公出国（境）费年初预算为0万元，支出决算为0万元，完成年初预算的0%。\n公务用车购置费未安排预算，支出决算为0万元，完成预算的0%。\n会议费预算数为零，支出决算为0万元，完成预算的0%。";
        var finding = Assert.Single(NarrativeFindings(FromText(text)));
        Assert.Equal("FA3008", finding.RuleId);
        Assert.Equal(FiscalAudit.Core.Findings.Severity.Info, finding.Severity);
        Assert.Equal(1, finding.Location.Line);
        Assert.Contains("另有 2 处同类情况：第2行、第3行", finding.Message, StringComparison.Ordinal);
    }
}
