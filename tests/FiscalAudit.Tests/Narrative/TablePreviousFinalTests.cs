using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A 部门决算 whose 表七 prints 上年决算数 beside 本年预算数 and 本年决算数 (the 江苏 county fixture: 合计 0.25 | 0.30 | 0.00, 出国 0.00 |
/// 0.00 | 0.00, 公务接待费 0.25 | 0.30 | 0.00): a change “比上年减少Δ万元” of a “三公” item's 决算 must come from that cell — stated on
/// the item's own 决算, on a part of the “三公” 决算, on a 决算 named only as such after the item's budget, or with no 决算 stated
/// (表七's 决算数). One FA3003 at the change's line, related to the 上年决算数 cell; the right Δ gives none.
/// </summary>
public class TablePreviousFinalTests
{
    private const string Jiangsu = "jiangsu-county-service-office.txt";

    private const string Printed = "2020年度“三公”经费财政拨款支出预算为0.30万元，支出决算为0万元，完成预算的0%，比上年减少0.25万元，下降100%。其中：因公出国（境）费0万元；公务用车购置及运行维护费0万元；公务接待费0万元。原因分析：厉行节约，减少公务接待。";

    [Theory]
    [InlineData("2020年度“三公”经费财政拨款支出预算为0.30万元，支出决算为0万元，完成预算的0%，比上年减少0.35万元，下降100%。原因分析：厉行节约，减少公务接待。", "上年决算数·合计")]
    [InlineData("2020年度“三公”经费财政拨款支出决算为0万元，比上年减少0.25万元。其中：因公出国（境）费0万元；公务用车购置及运行维护费0万元；公务接待费0万元，比上年减少0.50万元。", "上年决算数·公务接待费")]
    [InlineData("2020年度“三公”经费财政拨款支出决算为0万元。公务接待费支出决算比上年减少0.30万元，主要是压减接待。", "上年决算数·公务接待费")]
    [InlineData("2020年度因公出国（境）费支出决算为0万元，较上年增加0.10万元，主要是参加国际会议。", "上年决算数·因公出国（境）费")]
    public void A_change_that_does_not_come_from_last_years_table_figure_is_FA3003(string line, string column)
    {
        var text = Text(Jiangsu).Replace(Printed, line, StringComparison.Ordinal);
        Assert.NotEqual(Text(Jiangsu), text);
        var finding = Assert.Single(Check(text), f => f.RuleId == "FA3003");
        Assert.Equal(LineOf(text, line), finding.Location.Line);
        Assert.Contains(column, finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.RelatedLocations, l => l.Table == "T7" && l.Column == column);
    }

    [Theory]
    [InlineData(Printed)]
    [InlineData("2020年度“三公”经费财政拨款支出决算为0万元，比上年减少0.25万元。其中：因公出国（境）费0万元；公务用车购置及运行维护费0万元；公务接待费0万元，比上年减少0.25万元。")]
    [InlineData("2020年度“三公”经费财政拨款支出决算为0万元。公务接待费支出决算比上年减少0.25万元，主要是压减接待。")]
    [InlineData("2020年度因公出国（境）费支出决算为0万元，与上年持平。")]
    public void A_change_from_last_years_table_figure_gives_no_finding(string line)
    {
        var text = Text(Jiangsu).Replace(Printed, line, StringComparison.Ordinal);
        Assert.DoesNotContain(Check(text), f => f.RuleId is "FA3003" or "FA7002");
    }
}
