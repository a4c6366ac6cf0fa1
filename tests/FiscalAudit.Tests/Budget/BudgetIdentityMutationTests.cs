using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Budget;

/// <summary>
/// The budget identities hold on the real 上海市普陀区财政局 2025 部门预算 (no table finding), and one
/// misprinted cell there (page 16) — 表五 合计 row 合计 31,214,205.80 read as 31,214,206.80 — is reported by every
/// identity it takes part in, at that cell, with both numbers.
/// </summary>
public class BudgetIdentityMutationTests
{
    private const string File = "上海市普陀区财政局部门25年预算.pdf";

    /// <summary>The budget table rules (FA60xx–FA62xx); FA64xx compare the narrative with the tables (BudgetNarrativeTableTests).</summary>
    private static bool IsTableRule(Core.Findings.Finding f) => f.RuleId.StartsWith("FA6", StringComparison.Ordinal) && !f.RuleId.StartsWith("FA64", StringComparison.Ordinal);

    [SharedFact]
    public void The_real_document_gives_no_table_finding()
    {
        Assert.DoesNotContain(BudgetCorpus.Audit(File).Findings, IsTableRule);
    }

    [SharedFact]
    public void A_misprinted_total_is_reported_by_the_identities_it_takes_part_in()
    {
        var auditor = new Auditor();
        var disclosure = auditor.Audit(Repo.BudgetPdf(File)).Disclosure!;
        var total = disclosure.Table("B05")!.Rows.Single(r => r.Name == "合计");
        var cell = total.Cells["合计"];
        total.Cells["合计"] = cell with { Number = new PrintedNumber(31214206.80m, 2, false, "31,214,206.80"), Text = "31,214,206.80" };

        var findings = auditor.Check(disclosure).Where(IsTableRule).ToList();

        // One mistyped cell: the row sum (FA6004), the 类 rows (FA6005) and 表二's total (FA6103) all say 31,214,205.80,
        // so their findings are one, at the cell, quoting the others.
        var finding = Assert.Single(findings);
        Assert.Equal(("FA6004", 2), (finding.RuleId, finding.MergedIds.Count));
        Assert.Equal(16, finding.Location.Page);
        Assert.StartsWith("此处印为 31,214,206.80，与之核对的 3 处均表明应为 31,214,205.80：表五“合计”行“合计”列 31,214,206.80 ≠ ", finding.Message);
        Assert.Contains("25,121,091.00", finding.Message);
        Assert.Contains("6,093,114.80", finding.Message);
        Assert.Contains("；同一问题：", finding.Message);
    }

    /// <summary>
    /// 表九 is printed in 万元, 表八 in 元: 机关运行经费 229.43万元 against 公用经费 2,294,335.00元 (229.4335万元)
    /// holds; printed 229.45 it exceeds the whole, and the message shows both in 万元 with the figure as printed.
    /// </summary>
    [SharedFact]
    public void A_comparison_across_money_units_restates_the_amount_in_yuan_and_shows_it_as_printed()
    {
        var auditor = new Auditor();
        var disclosure = auditor.Audit(Repo.BudgetPdf(File)).Disclosure!;
        Assert.Equal(("万元", "元"), (disclosure.Table("B09")!.Unit, disclosure.Table("B08")!.Unit));
        Assert.DoesNotContain(auditor.Check(disclosure), f => f.RuleId == "FA6105");
        var row = disclosure.Table("B09")!.Rows[0];
        row.Cells["机关运行经费"] = row.Cells["机关运行经费"] with { Number = new PrintedNumber(229.45m, 2, false, "229.45"), Text = "229.45" };

        var finding = Assert.Single(auditor.Check(disclosure), f => f.RuleId == "FA6105");

        Assert.Equal(21, finding.Location.Page);
        Assert.StartsWith("表九“机关运行经费”列 229.45 大于 表八“合计”行“公用经费”列 229.4335（原文为“2,294,335.00元”，已换算为万元）", finding.Message);
        Assert.Equal(20, finding.RelatedLocations.Single().Page);
    }
}
