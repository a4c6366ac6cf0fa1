using System.Text.RegularExpressions;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Formulas;
using FiscalAudit.Rules.Templates;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Budget;

/// <summary>
/// Every formula of Templates/department-budget.json is evaluated on at least one of the 15 budget PDFs or the composed
/// national-format budgets of Budget/NationalFormat (a formula naming a row, column or side that no document prints would
/// silently check nothing) — except those naming a table every PDF prints empty (政府性基金、国有资本经营 B06/B07: no fund
/// budget in the corpus).
/// </summary>
public class BudgetFormulaCoverageTests
{
    [SharedFact]
    public void Every_budget_formula_is_evaluated_on_some_budget()
    {
        var unused = new List<string>();
        foreach (var rule in FormulaRule.From(TableTemplate.Budget))
        {
            foreach (var formula in rule.Formulas)
            {
                if (NamesATableAlwaysEmpty(formula.Text)) continue;
                if (!BudgetCorpus.All.Select(d => d.Result.Disclosure!).Concat(NationalFormat.NationalFormatBudgetTests.Composed()).Any(d => rule.Comparisons(formula, d) > 0))
                    unused.Add($"{rule.Descriptor.Id}: {formula.Text}");
            }
        }
        Assert.True(unused.Count == 0, "never evaluated:\n" + string.Join("\n", unused));
    }

    private static bool NamesATableAlwaysEmpty(string formula) =>
        Regex.Matches(formula, @"B\d\d").Select(m => m.Value).Any(id =>
            BudgetCorpus.All.Select(d => d.Result.Disclosure!.Table(id)).OfType<FiscalTable>().All(t => t.HasNoFigures));
}
