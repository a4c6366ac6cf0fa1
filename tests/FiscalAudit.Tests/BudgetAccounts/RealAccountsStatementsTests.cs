using FiscalAudit.Engine;
using FiscalAudit.Rules.BudgetAccounts;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.BudgetAccounts.PutuoAccountsText;

namespace FiscalAudit.Tests.BudgetAccounts;

/// <summary>
/// The 年初预算 statements of the real 上海市普陀区财政局2024年度部门决算.pdf (第21–23页) and the budget rows they name: the
/// total and “三公”经费 by their figure names, the 11 项 lines (第22页, read by hand) by the 科目 printed before each; the comparison after the total names none. The
/// rows are looked up in the department's 2025 budget, which prints the same 11 项 (no 2024 budget is in ../shared).
/// </summary>
public class RealAccountsStatementsTests
{
    [SharedFact]
    public void Each_statement_of_the_real_accounts_names_its_figure_or_budget_row()
    {
        var accounts = new Auditor().Audit(Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf")).Disclosure!;
        var statements = OpeningStatements.Of(accounts);
        var named = statements.Select(s => BudgetAccountsData.FigureOf(s.Fact.Key)).OfType<string>().ToList();
        Assert.Equal(new[] { "一般公共预算财政拨款支出", "三公经费" }, named);
        Assert.Equal(2993.92m, statements[0].Budget.Value);

        var rows = new List<string>();
        var unnamed = new List<OpeningStatements.Statement>();
        for (var i = 0; i < statements.Count; i++)
        {
            if (BudgetAccountsData.FigureOf(statements[i].Fact.Key) is not null) continue;
            if (OpeningStatements.SubjectOf(accounts, statements, i) is not { } subject)
            {
                unnamed.Add(statements[i]);
                continue;
            }
            Assert.Equal(3, subject.Level);
            if (OpeningBudgetReader.Line(BudgetResult.Disclosure!, subject.Level, subject.Name, subject.ParentName) is { } line) rows.Add($"{line.Row.Code}={statements[i].Budget.Text}");
        }
        Assert.Equal(
            new[]
            {
                "2010601=1560.05", "2010602=10.00", "2010607=135.90", "2010608=450.52", "2080501=85.55", "2080505=161.62",
                "2080506=80.81", "2080599=0.94", "2101101=62.29", "2210201=187.75", "2210203=258.50",
            },
            rows);
        // “决算数小于预算数的主要原因…” right after the total restates the total's 预算, and names no 科目.
        Assert.Equal(2993.92m, Assert.Single(unnamed).Budget.Value);
    }

    /// <summary>
    /// The seeds' 决算 (read by hand): 鄂尔多斯市财政局 2020 and 兴安盟审计局 2019 state the “三公”经费 and each item as
    /// “预算为” — no 年初, so a difference would be a 提示 — and their projects' “全年预算数” (an adjusted 预算) is not taken;
    /// 沁阳市 2020 states 一般公共预算财政拨款支出, 政府性基金 and 机关运行经费 as 年初预算 and the “三公” items as 预算.
    /// </summary>
    [SharedTheory]
    [InlineData("000", "三公经费:预算|因公出国（境）费:预算|公务用车购置及运行费:预算|公务接待费:预算")]
    [InlineData("004", "三公经费:预算|因公出国（境）费:预算|公务用车购置及运行费:预算|公务接待费:预算")]
    [InlineData("002", "一般公共预算财政拨款支出:年初预算|因公出国（境）费:预算|公务用车购置及运行费:预算|公务接待费:预算|政府性基金预算财政拨款支出:年初预算|机关运行经费:年初预算")]
    public void The_seeds_statements_name_their_figures(string seed, string expected)
    {
        var accounts = new Auditor().Audit(Repo.Seed(seed)).Disclosure!;
        var named = OpeningStatements.Of(accounts)
            .Where(s => BudgetAccountsData.FigureOf(s.Fact.Key) is not null)
            .Select(s => $"{BudgetAccountsData.FigureOf(s.Fact.Key)}:{OpeningStatements.Word(s)}");
        Assert.Equal(expected, string.Join("|", named));
        Assert.DoesNotContain(OpeningStatements.Of(accounts), s => s.Fact.Sentence.Contains("全年预算"));
    }
}
