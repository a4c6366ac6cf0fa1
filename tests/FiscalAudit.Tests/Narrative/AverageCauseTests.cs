using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 5 and 9): an average (车均/人均) worked out on a wrong “三公” amount is that amount's finding — against 表七 in the
/// Zhejiang 部门决算 (seed 002's tables with a 表七), against its whole where no table is (the Xinjiang 情况说明) — and an average
/// printed in 元 is told in 元, the unit its sentence prints.
/// </summary>
public class AverageCauseTests
{
    private const string Zhejiang = "zhejiang-county-data-bureau.txt";

    private const string Xinjiang = "xinjiang-city-natural-resources-bureau.txt";

    private static string Text(string name) => name == Zhejiang
        ? File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", name))
        : RegionalPassages.Text(name);

    private static List<Finding> Check(string name, string right, string wrong) =>
        new Auditor().Check(FromText(Planting.Planted(Text(name), name, new[] { (right, wrong) })))
            .Where(f => f.RuleId.StartsWith("FA3", StringComparison.Ordinal)).ToList();

    private static int LineOf(string name, string fragment) =>
        Text(name).Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData(Zhejiang, "公务用车运行维护费3.50万元，主要用于", "公务用车运行维护费3.70万元，主要用于", "FA3001", "车均运行维护费”应为 3.70÷2 = 1.85 万元")]
    [InlineData(Zhejiang, "公务用车运行维护费3.50万元，主要用于", "公务用车运行维护费3.30万元，主要用于", "FA3001", "车均运行维护费”应为 3.30÷2 = 1.65 万元")]
    [InlineData(Xinjiang, "公务用车运行维护费28.80万元）", "公务用车运行维护费30.80万元）", "FA3005", "车均运行维护费”应为 30.80÷12 = 2.57 万元")]
    [InlineData(Xinjiang, "国内公务接待支出8.00万元", "国内公务接待支出9.00万元", "FA3006", "人均接待费”应为 9.00万元÷380 = 236.84 元，说明写为 210.53元")]
    public void A_wrong_amount_and_the_average_worked_out_on_it_are_one_finding(string name, string right, string wrong, string rule, string quoted)
    {
        var finding = Assert.Single(Check(name, right, wrong));
        Assert.Equal((rule, LineOf(name, right)), (finding.RuleId, finding.Location.Line));
        Assert.Contains(quoted, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("人均接待费210.53元", "人均接待费230.53元", "“人均接待费”应为 8.00万元÷380 = 210.53 元，说明写为 230.53元")]
    [InlineData("人均接待费210.53元", "人均接待费0.03万元", "“人均接待费”应为 8.00÷380 = 0.02 万元，说明写为 0.03万元")]
    [InlineData("车均运行维护费2.40万元", "车均运行维护费26000元", "“车均运行维护费”应为 28.80万元÷12 = 24000 元，说明写为 26000元")]
    [InlineData("车均运行维护费2.40万元", "车均运行维护费2.6万元", "“车均运行维护费”应为 28.80÷12 = 2.40 万元，说明写为 2.6万元")]
    public void An_average_is_told_in_the_unit_it_is_printed_in(string right, string wrong, string message)
    {
        var finding = Assert.Single(Check(Xinjiang, right, wrong));
        Assert.Equal(("FA3006", message), (finding.RuleId, finding.Message));
    }

    [Theory]
    [InlineData("人均接待费210.53元", "人均接待费0.02万元")]
    [InlineData("车均运行维护费2.40万元", "车均运行维护费24000元")]
    [InlineData("车均运行维护费2.40万元", "车均运行维护费2.4万元")]
    public void An_average_right_in_another_unit_gives_no_finding(string right, string wrong) =>
        Assert.Empty(Check(Xinjiang, right, wrong).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
}
