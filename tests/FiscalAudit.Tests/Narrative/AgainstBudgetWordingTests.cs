using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 4, 9): 情况说明 of a 部门决算 in the wording of 福建 and 云南 county documents, on the tables of a county
/// 政务服务 department: the actual set against the 年初预算 (“决算数为年初预算数的88.5%”, “较年初预算减少23万元，下降11.5%”),
/// what the money was for (“主要用于…”) and each 功能分类 类 as a percent of the 支出总额. Clean, they give no finding; each
/// planted error — a wrong amount, completion rate, difference, growth rate or share, or parts exceeding their stated whole —
/// is one finding of its rule on its line.
/// </summary>
public class AgainstBudgetWordingTests
{
    private static string Text(string fixture) =>
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", fixture));

    private static List<Finding> Check(string text) => new Auditor().Check(FromText(text)).ToList();

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData("fujian-county-service-centre.txt")]
    [InlineData("yunnan-city-service-bureau.txt")]
    public void The_clean_statement_gives_no_finding(string fixture) =>
        Assert.Empty(Check(Text(fixture)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [InlineData("fujian-county-service-centre.txt", "支出决算为4.94万元", "支出决算为4.49万元", "FA3001")]
    [InlineData("fujian-county-service-centre.txt", "决算数为年初预算数的88.5%", "决算数为年初预算数的88.05%", "FA3004")]
    [InlineData("fujian-county-service-centre.txt", "决算数为年初预算数的83.08%", "决算数为年初预算数的80.38%", "FA3004")]
    [InlineData("fujian-county-service-centre.txt", "较年初预算增加0.12万元", "较年初预算增加0.21万元", "FA3003")]
    [InlineData("fujian-county-service-centre.txt", "较年初预算减少1.58万元，下降13.45%", "较年初预算减少1.58万元，下降15.45%", "FA3003")]
    [InlineData("fujian-county-service-centre.txt", "社会保障和就业支出10.65万元，占5.53%", "社会保障和就业支出10.65万元，占5.35%", "FA3002")]
    [InlineData("fujian-county-service-centre.txt", "人员经费117.74万元", "人员经费171.74万元", "FA3001")]
    [InlineData("yunnan-city-service-bureau.txt", "卫生健康（类）支出4.95万元，占一般公共预算财政拨款支出总额的2.57%", "卫生健康（类）支出4.95万元，占一般公共预算财政拨款支出总额的2.75%", "FA3002")]
    [InlineData("yunnan-city-service-bureau.txt", "决算数为年初预算数的94.27%", "决算数为年初预算数的92.47%", "FA3004")]
    [InlineData("yunnan-city-service-bureau.txt", "决算数为10.17万元", "决算数为11.17万元", "FA3001")]
    [InlineData("yunnan-city-service-bureau.txt", "较年初预算增加0.12万元，增长33.33%", "较年初预算增加0.12万元，增长43.33%", "FA3003")]
    [InlineData("yunnan-city-service-bureau.txt", "公用经费74.84万元，占基本支出的38.86%", "公用经费84.74万元，占基本支出的38.86%", "FA3001")]
    public void A_planted_error_is_one_finding_of_its_rule_on_its_line(string fixture, string right, string wrong, string rule)
    {
        var text = Planting.Planted(Text(fixture), fixture, new[] { (right, wrong) });
        var finding = Assert.Single(Check(text));
        Assert.Equal((rule, LineOf(text, wrong)), (finding.RuleId, finding.Location.Line));
    }

    /// <summary>A list whose parts exceed the whole stated before “其中” is one finding that names the parts' sum.</summary>
    [Theory]
    [InlineData("fujian-county-service-centre.txt", "人员经费117.74万元", "人员经费171.74万元", "246.58")]
    [InlineData("yunnan-city-service-bureau.txt", "公用经费74.84万元，占基本支出的38.86%", "公用经费84.74万元，占基本支出的38.86%", "202.48")]
    public void Parts_exceeding_their_whole_are_named_in_the_finding(string fixture, string right, string wrong, string sum)
    {
        var text = Planting.Planted(Text(fixture), fixture, new[] { (right, wrong) });
        Assert.Contains($"之和 {sum}", Assert.Single(Check(text)).Message, StringComparison.Ordinal);
    }
}
