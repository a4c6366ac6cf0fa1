using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Budget.Unseen;

/// <summary>
/// A 宁夏 (银川) 部门预算: nine tables in 元 with thousands separators, the 情况说明 stating its totals in 万元 and naming them after the
/// department in a word of its own (“部门收入预算”, “本部门支出预算……其中：基本支出”), and its “三公”经费 and 机关运行经费 in 元. The totals are
/// compared with the tables whatever word names the department; a message shows a figure restated from 元 trimmed (2512.1091) and the
/// difference with the decimals of the finer figure, without trailing zeros (“差 0.0109”, “多 10.00”, never “1.000000”).
/// </summary>
public class NingxiaBudgetTests
{
    private const string Fixture = "ningxia-budget.txt";

    /// <summary>The budget, its totals named after “本部门” rather than “部门” when <paramref name="benbumen"/>, with <paramref name="changes"/> planted.</summary>
    private static AuditResult Audit(bool benbumen, params (string Right, string Wrong)[] changes)
    {
        var source = File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Unseen", Fixture));
        var text = Planting.Planted(Planting.Planted(source, Fixture, benbumen ? SelfNamedAsBenbumen : []), Fixture, changes);
        return new Auditor().Audit("银川市兴庆区文化旅游广电局2025年部门预算.txt", System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static string Described(IEnumerable<Core.Findings.Finding> found) => string.Join("\n", found.Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));

    private static readonly (string Right, string Wrong)[] SelfNamedAsBenbumen =
        [("2025年部门收入预算2512.11万元", "2025年本部门收入预算2512.11万元"), ("2025年部门支出预算2512.11万元，其中", "2025年本部门支出预算2512.11万元，其中")];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_clean_budget_reads_nine_tables_and_gives_no_finding(bool benbumen)
    {
        var result = Audit(benbumen);
        Assert.True(Reported(result).Count == 0, Described(Reported(result)));
        Assert.Equal(["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09"], result.Disclosure!.Tables.Select(t => t.Id).Order());
    }

    /// <summary>A total the text names after the department by “部门” or “本部门”, in 万元, against the table's 元: found, its difference to the 元.</summary>
    [Theory]
    [InlineData(false, "部门收入预算2512.11万元", "部门收入预算2513.11万元", "收入预算说明为 2513.11万元", "2512.1091（原文为“25,121,091.00元”", "差 1.0009；")]
    [InlineData(true, "部门收入预算2512.11万元", "部门收入预算2513.11万元", "收入预算说明为 2513.11万元", "2512.1091（原文为“25,121,091.00元”", "差 1.0009；")]
    [InlineData(false, "基本支出1312.11万元", "基本支出1312.12万元", "基本支出说明为 1312.12万元", "表三“合计”行“基本支出”列为 1312.1091", "差 0.0109；")]
    [InlineData(true, "基本支出1312.11万元", "基本支出1312.12万元", "基本支出说明为 1312.12万元", "表三“合计”行“基本支出”列为 1312.1091", "差 0.0109；")]
    [InlineData(true, "部门支出预算2512.11万元，其中", "部门支出预算2521.11万元，其中", "支出预算说明为 2521.11万元", "2512.1091", "差 9.0009；")]
    public void A_total_named_after_the_department_is_compared_with_its_table(bool benbumen, string right, string wrong, string stated, string cell, string difference)
    {
        var found = Reported(Audit(benbumen, (right, wrong))).Where(f => f.RuleId == "FA6402").ToList();
        var finding = Assert.Single(found);
        Assert.Contains(stated, finding.Message, StringComparison.Ordinal);
        Assert.Contains(cell, finding.Message, StringComparison.Ordinal);
        Assert.Contains(difference, finding.Message, StringComparison.Ordinal);
    }

    /// <summary>Amounts the text states in 元 against tables in 元: both told in 元 as printed, the difference with the printed decimals, not the six of 万元 restated.</summary>
    [Theory]
    [InlineData("“三公”经费预算200,000.00元", "“三公”经费预算210,000.00元", "表七“合计”列为 200,000.00元", "（差 10,000.00元；")]
    [InlineData("机关运行经费预算1,500,000.00元", "机关运行经费预算1,600,000.00元", "“公用经费”列 1,500,000.00元", "（多 100,000.00元；")]
    [InlineData("公务接待费50,000.00元", "公务接待费50,500.00元", "表七“公务接待费”列为 50,000.00元", "（差 500.00元；")]
    public void A_difference_between_amounts_in_yuan_keeps_the_printed_decimals(string right, string wrong, string cell, string difference)
    {
        var finding = Assert.Single(Reported(Audit(false, (right, wrong))), f => f.RuleId == "FA6402");
        Assert.Contains(cell, finding.Message, StringComparison.Ordinal);
        Assert.Contains(difference, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0000；", finding.Message, StringComparison.Ordinal);
    }
}
