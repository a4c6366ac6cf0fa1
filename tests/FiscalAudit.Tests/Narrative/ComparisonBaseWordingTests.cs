using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 1, 4): what a change in a 部门决算 情况说明 is measured against, in the wording of 浙江, 河南 and 辽宁 county
/// documents on the tables of a county 政务服务 department (2020): the budget stated inside the comparison (“较年初预算0.36万元增加
/// 0.12万元”), the 决算 named as the change's own subject (“决算数较年初预算减少…”, “本年决算数比年初预算数减少…”), a budget named
/// by the document's year (“比2020年预算数减少”, “较2020年年初预算减少”: this year's budget) and last year's 决算 named by its year
/// (“比2019年决算数减少”), under a heading naming 财政拨款 without its fund (“五、财政拨款支出决算情况说明”). Clean, they give no
/// finding; each planted wrong difference, rate, base or amount is one finding of its rule on its line, naming the budget.
/// </summary>
public class ComparisonBaseWordingTests
{
    private static string Text(string fixture) =>
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", fixture));

    private static List<Finding> Check(string text) => new Auditor().Check(FromText(text)).ToList();

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData("zhejiang-county-approval-bureau.txt")]
    [InlineData("henan-county-approval-bureau.txt")]
    [InlineData("liaoning-county-approval-bureau.txt")]
    public void The_clean_statement_gives_no_finding(string fixture) =>
        Assert.Empty(Check(Text(fixture)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [InlineData("zhejiang-county-approval-bureau.txt", "较年初预算199.99万元减少23.00万元", "较年初预算199.99万元减少32.00万元", "FA3003", "较年初预算的增减额")]
    [InlineData("zhejiang-county-approval-bureau.txt", "减少1.58万元，下降13.45%", "减少1.58万元，下降15.45%", "FA3003", "较2020年预算数的变动率")]
    [InlineData("zhejiang-county-approval-bureau.txt", "较年初预算0.36万元增加0.12万元", "较年初预算0.63万元增加0.12万元", "FA3003", "年初预算0.63万元")]
    [InlineData("zhejiang-county-approval-bureau.txt", "支出决算为4.94万元", "支出决算为4.49万元", "FA3001", "表五")]
    [InlineData("henan-county-approval-bureau.txt", "决算数较年初预算减少23.00万元", "决算数较年初预算减少32.00万元", "FA3003", "较年初预算的增减额")]
    [InlineData("henan-county-approval-bureau.txt", "减少1.58万元，下降13.45%", "减少1.58万元，下降31.45%", "FA3003", "较年初预算数的变动率")]
    [InlineData("henan-county-approval-bureau.txt", "增长33.33%，主要原因是新增", "增长25.00%，主要原因是新增", "FA3003", "较2020年预算数的变动率")]
    [InlineData("henan-county-approval-bureau.txt", "较2020年年初预算减少0.30万元", "较2020年年初预算减少0.03万元", "FA3003", "较2020年年初预算的增减额")]
    [InlineData("liaoning-county-approval-bureau.txt", "支出决算为10.17万元", "支出决算为11.17万元", "FA3001", "2080505")]
    [InlineData("liaoning-county-approval-bureau.txt", "下降5.73%", "下降7.53%", "FA3003", "较年初预算的变动率")]
    [InlineData("liaoning-county-approval-bureau.txt", "完成年初预算的133.33%", "完成年初预算的143.33%", "FA3004", "133.33%")]
    public void A_planted_error_is_one_finding_of_its_rule_on_its_line(string fixture, string right, string wrong, string rule, string named)
    {
        var text = Planting.Planted(Text(fixture), fixture, new[] { (right, wrong) });
        var finding = Assert.Single(Check(text));
        Assert.Equal((rule, LineOf(text, wrong)), (finding.RuleId, finding.Location.Line));
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The budget of a year before the document's (“比2019年预算数增加” in 2020) is last year's figure, not this year's budget.</summary>
    [Fact]
    public void A_budget_of_the_year_before_is_last_years_figure()
    {
        const string fixture = "henan-county-approval-bureau.txt";
        var text = Planting.Planted(Text(fixture), fixture, new[] { ("决算数比2020年预算数增加0.12万元，增长33.33%", "决算数比2019年预算数增加0.12万元，增长25.00%") });
        var finding = Assert.Single(Check(text));
        Assert.Equal("FA3003", finding.RuleId);
        Assert.Contains("上年应为 0.36", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2019年预算数", finding.Message, StringComparison.Ordinal);
    }
}

/// <summary>
/// Issue 12 (class 4): a 项 explained by its code (“2010301行政运行：…”) in a 表五 that prints the code on two rows (the 事业运行 row's
/// code misprinted as 行政运行's) and the name 行政运行 on two rows (under 20103 and 20199): the row with both the code and the name is
/// the one the statement restates.
/// </summary>
public class SharedCodeRowTests
{
    private const string Hubei = "hubei-district-data-bureau.txt";

    [Fact]
    public void The_row_with_the_code_and_the_name_is_restated()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", Hubei));
        text = Planting.Planted(text, Hubei, new[]
        {
            ("2010301\t行政运行\t176.99\t176.99\t0.00\n", "2010301\t行政运行\t176.99\t176.99\t0.00\n2010301\t事业运行\t0.00\t0.00\t0.00\n"),
            ("支出决算为176.99万元，完成年初预算的88.50%", "支出决算为179.69万元，完成年初预算的89.85%"),
        });
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("支出决算为179.69万元", StringComparison.Ordinal)) + 1;
        var finding = Assert.Single(new Auditor().Check(FromText(text)), f => f.RuleId == "FA3001");
        Assert.Equal(line, finding.Location.Line);
        Assert.Contains("“2010301 行政运行”合计 176.99", finding.Message, StringComparison.Ordinal);
    }
}
