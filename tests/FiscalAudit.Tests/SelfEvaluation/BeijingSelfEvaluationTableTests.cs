using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Issue 12 class 9: a 项目支出绩效自评表 as Beijing prints it (Provincial/beijing-culture-facilities.txt: 全年预算数（A）, 全年执行数（B）,
/// 执行率（B/A）, 年度指标值（A）, 实际完成值（B）, 偏差原因分析及改进措施 with its text): the right table gives no finding; each planted
/// error (a wrong rate, a score over its weight, full marks with a missed target, a total that is not the sum, a point lost
/// without a reason) gives one finding, of its rule, on its row.
/// </summary>
public class BeijingSelfEvaluationTableTests
{
    private const string Name = "beijing-culture-facilities.txt";

    /// <summary>The findings by rule and line.</summary>
    private static List<string> Findings(string text) =>
        EvaluationFindings(Audit(Name, text)).Select(f => $"{f.RuleId} 第{f.Location.Line}行").ToList();

    [Fact]
    public void The_right_table_is_read_and_gives_no_finding()
    {
        var p = Project(Audit(Name, Text(Name, Provincial)));
        Assert.Equal((7, "100", "98.25"), (p.Indicators.Count, p.TotalWeight?.Text, p.ReportedScore?.Text));
        Assert.Empty(EvaluationFindings(Audit(Name, Text(Name, Provincial))));
    }

    [Theory]
    [InlineData("95.00%\t9.50", "96.00%\t9.50", "FA4004", "年度资金总额")]
    [InlineData("=8处\t8处\t15\t15|100\t98.25", "=8处\t8处\t15\t16|100\t99.25", "FA4001", "运维设施数量")]
    [InlineData("27.5万人次\t15\t13.75|100\t98.25", "27.5万人次\t15\t15|100\t99.50", "FA4008", "年接待群众人次")]
    [InlineData("100\t98.25", "100\t99.25", "FA4003", "总分")]
    [InlineData("健全\t健全\t15\t15|100\t98.25", "健全\t健全\t15\t14|100\t97.25", "FA4009", "长效运维机制")]
    public void A_planted_error_gives_one_finding_on_its_row(string right, string wrong, string rule, string row)
    {
        var text = Text(Name, Provincial);
        foreach (var (from, to) in right.Split('|').Zip(wrong.Split('|')))
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        Assert.Equal(new[] { $"{rule} 第{LineOf(Name, row, Provincial)}行" }, Findings(text));
    }
}
