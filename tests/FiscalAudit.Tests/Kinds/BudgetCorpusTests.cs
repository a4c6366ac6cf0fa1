using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Rules;
using FiscalAudit.Rules.Reading;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Kinds;

/// <summary>
/// Every PDF of ../shared/corpus/budget-pdf (Shanghai 2025 and Jiangsu 2017–2018, 部门 and 单位,
/// narrative-only and tables-only files) is a budget: one FA0004 note at the line that decided it, no
/// final-accounts tables (its tables are budget tables B01…) and no finding of a rule that does not check budgets.
/// </summary>
public class BudgetCorpusTests
{
    public static TheoryData<string> Budgets() => new(Repo.BudgetPdfs());

    [SharedTheory]
    [MemberData(nameof(Budgets))]
    public void Budget_pdf_is_a_budget_with_one_note_and_no_final_accounts_finding(string name)
    {
        var result = new Auditor().Audit(Repo.BudgetPdf(name));
        var disclosure = result.Disclosure!;
        Assert.Equal(DocumentKind.Budget, disclosure.Kind);
        Assert.Contains("预算", disclosure.KindReason);
        Assert.All(disclosure.Tables, t => Assert.StartsWith("B", t.Id));
        Assert.All(result.Findings, f => Assert.Contains(DocumentKind.Budget, RuleCatalog.Default.Find(f.RuleId)!.Kinds));
        var note = Assert.Single(result.Findings, f => f.RuleId == BudgetScopeRule.Rule.Id);
        Assert.Equal(disclosure.KindLocation, note.Location.Source);
        Assert.NotNull(note.Location.Page);
        Assert.Contains(disclosure.KindReason!, note.Message);
    }

    /// <summary>The reason quotes the line it is located at, as printed there.</summary>
    [SharedTheory]
    [MemberData(nameof(Budgets))]
    public void Budget_reason_quotes_the_line_at_its_location(string name)
    {
        var disclosure = new Auditor().Audit(Repo.BudgetPdf(name)).Disclosure!;
        var reason = disclosure.KindReason!;
        var quoted = reason[(reason.IndexOf('“') + 1)..reason.IndexOf('”')];
        var line = disclosure.Source.Blocks.Where(b => b.Location == disclosure.KindLocation).Select(KindTestKit.TextOf).First(t => t.Length > 0);
        Assert.Contains(quoted, string.Concat(line.Where(c => !char.IsWhiteSpace(c))));
    }

    [SharedFact]
    public void The_budget_corpus_holds_shanghai_and_jiangsu_department_and_unit_budgets()
    {
        var names = Repo.BudgetPdfs().ToList();
        Assert.Equal(15, names.Count);
        Assert.Contains(names, n => n.StartsWith("上海", StringComparison.Ordinal) && n.Contains("单位", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("江苏", StringComparison.Ordinal) && n.Contains("表", StringComparison.Ordinal));
    }
}
