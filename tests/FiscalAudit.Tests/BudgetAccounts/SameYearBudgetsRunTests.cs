using FiscalAudit.Engine.Pairing;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.BudgetAccounts.PutuoAccountsText;
using static FiscalAudit.Tests.Cli.CliRun;

namespace FiscalAudit.Tests.BudgetAccounts;

/// <summary>`check` pairs a department's budget and final accounts of the same year in one run, whatever the file order.</summary>
public class SameYearBudgetsRunTests
{
    [Fact]
    public void Budgets_are_checked_first_each_group_in_its_order()
    {
        var paths = new[] { "a/2025年度部门决算.pdf", "a/2025年部门预算.pdf", "b/2024年度部门决算.txt", "b/2024年预算公开.pdf", "c/预决算说明（含决算）.docx" };
        Assert.Equal(
            new[] { "a/2025年部门预算.pdf", "b/2024年预算公开.pdf", "a/2025年度部门决算.pdf", "b/2024年度部门决算.txt", "c/预决算说明（含决算）.docx" },
            SameYearBudgets.BudgetsFirst(paths));
    }

    [SharedFact]
    public void A_folder_with_both_reports_the_accounts_against_the_budget()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            // “…部门决算” sorts before “…部门预算”: the run still checks the budget first.
            File.Copy(Repo.BudgetPdf(BudgetFile), Path.Combine(dir.FullName, "上海市普陀区财政局2025年部门预算.pdf"));
            var accounts = Path.Combine(dir.FullName, "上海市普陀区财政局2025年度部门决算.txt");
            File.WriteAllText(accounts, Compose(Agreeing with { Total = "3131.42" }));

            var together = Run("check", dir.FullName, "--format", "json");
            Assert.Contains("\"FA6501\"", together.Out);
            Assert.Contains("上海市普陀区财政局2025年部门预算.pdf", together.Out);

            var alone = Run("check", accounts, "--format", "json");
            Assert.DoesNotContain("FA6501", alone.Out);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
