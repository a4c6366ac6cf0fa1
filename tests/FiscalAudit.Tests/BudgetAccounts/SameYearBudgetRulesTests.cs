using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Pairing;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.BudgetAccounts.PutuoAccountsText;

namespace FiscalAudit.Tests.BudgetAccounts;

/// <summary>
/// FA6501–FA6503 on a 2025年度部门决算 of 上海市普陀区财政局 paired with the real 2025 部门预算: figures that agree give no
/// finding; each changed figure gives one finding in the 决算 with both numbers and the budget's cell as related place.
/// </summary>
public class SameYearBudgetRulesTests
{
    private static readonly string[] Rules = { "FA6501", "FA6502", "FA6503" };

    private static List<Finding> Opening(AuditResult result) => result.Findings.Where(f => Rules.Contains(f.RuleId)).ToList();

    [SharedFact]
    public void Figures_that_agree_with_the_budget_give_no_finding()
    {
        var paired = Paired(Agreeing);
        Assert.Same(BudgetResult.Disclosure, paired.Disclosure!.SameYearBudget);
        Assert.Empty(Opening(paired));
    }

    [SharedFact]
    public void A_changed_total_is_reported_with_both_numbers_and_places()
    {
        var finding = Assert.Single(Opening(Paired(Agreeing with { Total = "3131.42" })));
        Assert.Equal("FA6501", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("3131.42", finding.Message);
        Assert.Contains("3121.42058万元（原文为“31,214,205.80元”，已换算为万元）", finding.Message);
        Assert.Equal("3121.42058", Convert.ToString(finding.Expected, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(BudgetFile, finding.Message);
        Assert.EndsWith("部门决算.txt", finding.Location.Source!.File);
        var related = Assert.Single(finding.Related!);
        Assert.Equal("B05", related.Table);
        Assert.Equal(Repo.BudgetPdf(BudgetFile), related.Source!.File);
    }

    [SharedTheory]
    [InlineData("行政运行", "1633.18", "2010601", "1623.18408")]
    [InlineData("信息化建设", "176.66", "2010607", "166.66")]
    [InlineData("住房公积金", "214.92", "2210201", "204.9197")]
    public void A_changed_classification_line_is_reported_on_its_line_only(string line, string stated, string code, string budget)
    {
        var changed = line switch
        {
            "行政运行" => Agreeing with { Administration = stated },
            "信息化建设" => Agreeing with { Informatisation = stated },
            _ => Agreeing with { HousingFund = stated },
        };
        var finding = Assert.Single(Opening(Paired(changed)));
        Assert.Equal("FA6502", finding.RuleId);
        Assert.Contains($"“{line}”科目年初预算为 {stated}万元", finding.Message);
        Assert.Contains($"“{code} {line}”行", finding.Message);
        Assert.Equal(decimal.Parse(budget), finding.Expected);
        Assert.Equal($"{code} {line}", Assert.Single(finding.Related!).Row);
    }

    [SharedFact]
    public void Changed_three_public_expenses_are_reported_in_the_statement_and_in_table_seven()
    {
        var findings = Opening(Paired(Agreeing with { ThreePublic = "1.95", ThreePublicTable = "1.95" }));
        var statement = Assert.Single(findings, f => f.RuleId == "FA6501");
        Assert.Contains("年初预算为 1.95万元", statement.Message);
        Assert.Equal(0.95m, statement.Expected);
        var cells = findings.Where(f => f.RuleId == "FA6503").ToList();
        Assert.Equal(new[] { "预算数·公务接待费", "预算数·合计" }, cells.Select(f => f.Location.Column).Order());
        Assert.All(cells, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.All(cells, f => Assert.Equal("B09", Assert.Single(f.Related!).Table));
        Assert.Equal(3, findings.Count);
    }

    [SharedFact]
    public void A_budget_not_called_opening_budget_is_only_a_hint()
    {
        var finding = Assert.Single(Opening(Paired(Agreeing with { Informatisation = "176.66", Opening = "预算" })));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("可能为调整后的全年预算", finding.Message);
    }

    [SharedFact]
    public void Alone_or_with_another_department_or_year_the_accounts_are_not_compared()
    {
        var changed = Agreeing with { Total = "3131.42", ThreePublicTable = "1.95" };
        var budget = BudgetResult.Disclosure!;
        Assert.Empty(Opening(Accounts(changed)));
        Assert.Equal(PairRole.SameYearBudget, DocumentPairing.RoleOf(budget, Accounts(changed).Disclosure!));
        Assert.Equal(PairRole.None, DocumentPairing.RoleOf(budget, Accounts(changed, "上海市普陀区商务委员会").Disclosure!));
        Assert.Equal(PairRole.None, DocumentPairing.RoleOf(budget, Accounts(changed, year: 2024).Disclosure!));
        Assert.Equal(PairRole.None, DocumentPairing.RoleOf(Accounts(changed).Disclosure!, budget));
        var other = Accounts(changed, "上海市普陀区商务委员会");
        Assert.Same(other, new Auditor().CheckWith(other, budget, sameUnit: false));
    }

    [SharedFact]
    public void The_real_2024_final_accounts_are_not_paired_with_the_2025_budget()
    {
        var accounts = new Auditor().Audit(Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf")).Disclosure!;
        Assert.Equal(2024, accounts.Year);
        Assert.Equal(PairRole.None, DocumentPairing.RoleOf(BudgetResult.Disclosure!, accounts));
    }
}
