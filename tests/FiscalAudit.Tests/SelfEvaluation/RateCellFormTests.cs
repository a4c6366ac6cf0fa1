using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// The 执行率 of a project table's funds row (209 ÷ 220 = 95.00%) and of a third-party report's funds sentence
/// (1,146.50 ÷ 1,200.00 = 95.54%) however it is written: “%”, full-width “％”, “%%”, no “%”, a fraction (0.95), 百分之…, per mille (950.0‰).
/// A right rate is silent in every form, a wrong one is reported with the percentage it stands for.
/// </summary>
public class RateCellFormTests
{
    private const string Road = "ruian-road-project.md";

    private const string FundsRow = "| | 年度资金总额 | 200 | 220 | 209 | 10 | 95.00% | 9.5 |";

    private static FiscalAudit.Engine.AuditResult WithRate(string rate)
    {
        var text = Text(Road, "Regional");
        Assert.Contains(FundsRow, text, StringComparison.Ordinal);
        return Audit(Road, text.Replace(FundsRow, FundsRow.Replace("95.00%", rate, StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("95.00%")]
    [InlineData("95.00％")]
    [InlineData("95.00 %")]
    [InlineData("95.00%%")]
    [InlineData("95.00")]
    [InlineData("95")]
    [InlineData("0.95")]
    [InlineData("0.9500")]
    [InlineData("95.00个百分点")]
    [InlineData("百分之九十五")]
    [InlineData("百分之九十五点零")]
    [InlineData("百分之九十五点零零")]
    [InlineData("950.0‰")]
    [InlineData("９５．００％")]
    [InlineData("95 .00 %")]
    public void A_right_rate_is_silent_in_every_form(string rate) =>
        Assert.DoesNotContain(EvaluationFindings(WithRate(rate)), f => f.RuleId == "FA4004");

    [Theory]
    [InlineData("96.00％", "执行率 96.00% ≠ 全年执行数 209 ÷ 全年预算数 220 = 95.00%（差 1.00 个百分点）")]
    [InlineData("96.00%%", "执行率 96.00%% ≠ 全年执行数 209 ÷ 全年预算数 220 = 95.00%（差 1.00 个百分点）")]
    [InlineData("96.00", "执行率 96.00 ≠ 全年执行数 209 ÷ 全年预算数 220 = 95.00%（差 1.00 个百分点）")]
    [InlineData("0.9600", "执行率 0.9600（即 96.00%） ≠ 全年执行数 209 ÷ 全年预算数 220 = 95.00%（差 1.00 个百分点）")]
    [InlineData("0.9", "执行率 0.9（即 90%） ≠ 全年执行数 209 ÷ 全年预算数 220 = 95%（差 -5 个百分点）")]
    [InlineData("1", "执行率 1（即 100%） ≠ 全年执行数 209 ÷ 全年预算数 220 = 95%（差 5 个百分点）")]
    [InlineData("1.05", "执行率 1.05（即 105%） ≠ 全年执行数 209 ÷ 全年预算数 220 = 95%（差 10 个百分点）")]
    [InlineData("百分之九十六", "执行率 百分之九十六 ≠ 全年执行数 209 ÷ 全年预算数 220 = 95%（差 1 个百分点）")]
    [InlineData("百分之九十六点零零", "执行率 百分之九十六点零零 ≠ 全年执行数 209 ÷ 全年预算数 220 = 95.00%（差 1.00 个百分点）")]
    [InlineData("百分之一百", "执行率 百分之一百 ≠ 全年执行数 209 ÷ 全年预算数 220 = 95%（差 5 个百分点）")]
    [InlineData("95.00‰", "执行率 95.00‰（即 9.500%） ≠ 全年执行数 209 ÷ 全年预算数 220 = 95.000%（差 -85.500 个百分点）")]
    [InlineData("９６．００％", "执行率 96.00% ≠ 全年执行数 209 ÷ 全年预算数 220 = 95.00%（差 1.00 个百分点）")]
    public void A_wrong_rate_is_reported_as_the_percentage_it_stands_for(string rate, string message)
    {
        var result = WithRate(rate);
        var finding = Assert.Single(EvaluationFindings(result));
        Assert.Equal(("FA4004", "年度资金总额", "执行率", message), (finding.RuleId, finding.Location.Row, finding.Location.Column, finding.Message));
        Assert.Equal(LineOf(Road, "| 年度资金总额 |", "Regional"), finding.Location.Line);
    }

    /// <summary>A rate below 2% printed without “%” is a percentage when it stands nearer so: 2 ÷ 220 = 0.91%, printed 0.95.</summary>
    [Fact]
    public void A_small_rate_without_percent_stays_a_percentage()
    {
        var text = Text(Road, "Regional").Replace(FundsRow, "| | 年度资金总额 | 200 | 220 | 2 | 10 | 0.95 | 0.1 |", StringComparison.Ordinal);
        var finding = Assert.Single(EvaluationFindings(Audit(Road, text)), f => f.RuleId == "FA4004");
        Assert.Equal("执行率 0.95 ≠ 全年执行数 2 ÷ 全年预算数 220 = 0.91%（差 0.04 个百分点）", finding.Message);
    }

    [Theory]
    [InlineData("预算执行率95.54％", null)]
    [InlineData("预算执行率百分之九十五点五四", null)]
    [InlineData("预算执行率95.54%，较上年提高5.5个百分点", null)]
    [InlineData("预算执行率96.54％", "96.54%")]
    [InlineData("预算执行率百分之九十六点五四", "96.54%")]
    public void A_report_funds_sentence_is_checked_in_every_form(string written, string? wrong)
    {
        var text = Text(Renovation).Replace("预算执行率95.54%", written, StringComparison.Ordinal);
        var result = Audit(Renovation, text);
        Assert.Empty(EvaluationFindings(result));
        var rates = result.Findings.Where(f => f.RuleId == "FA3004").ToList();
        if (wrong is null) Assert.Empty(rates);
        else Assert.Contains("完成率应为 95.54%，说明写为 " + wrong, Assert.Single(rates).Message, StringComparison.Ordinal);
    }

    /// <summary>The funds sentence's rate is read in digits or spelled after 百分之, whichever verb or rate word precedes it.</summary>
    [Theory]
    [InlineData("预算执行率95.54%", "95.54")]
    [InlineData("预算执行率百分之九十五点五四", "95.54")]
    [InlineData("执行率为百分之九十六", "96")]
    [InlineData("资金执行率达到百分之一百", "100")]
    public void A_report_funds_sentence_gives_its_rate_in_every_form(string written, string rate)
    {
        var text = Text(Renovation).Replace("预算执行率95.54%", written, StringComparison.Ordinal);
        var printed = Project(Audit(Renovation, text)).Funds.PrintedRate;
        Assert.Equal((rate, true), (printed?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), printed?.IsPercent));
    }

    /// <summary>A department task list's 完成情况 spelled after 百分之: read as its percentage, its printed text kept, checked by FA4506.</summary>
    [Theory]
    [InlineData("百分之九十", "百分之一百", null)]
    [InlineData("百分之九十点零", "百分之百", null)]
    [InlineData("百分之八十", "百分之一百", "任务“1. 档案数字化加工”完成情况 百分之八十 ≠ 执行数 27 ÷ 预算数 30 = 90%")]
    public void A_task_rate_spelled_in_numerals_is_read_and_checked(string first, string second, string? wrong)
    {
        var text = Vocabulary.DepartmentTaskWordTests.Report("完成情况", "预算数", "执行数", "金额合计")
            .Replace("\t90%\t", $"\t{first}\t", StringComparison.Ordinal).Replace("\t100%\t", $"\t{second}\t", StringComparison.Ordinal);
        var result = Audit("tasks.txt", text);
        var tasks = Assert.Single(result.Disclosure!.Evaluations.Departments).Tasks;
        Assert.Equal(new[] { first, second }, tasks.Select(t => t.PrintedRate?.Text));
        var found = result.Findings.Where(f => f.RuleId == "FA4506").Select(f => f.Message).ToList();
        Assert.Equal(wrong is null ? [] : new List<string> { wrong }, found);
    }
}
