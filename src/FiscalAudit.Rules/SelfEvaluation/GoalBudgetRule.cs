using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4013: a budget stated in the goal text ("年初申请预算40万元") equals the funds row's 年初预算数 or 全年预算数.</summary>
public sealed class GoalBudgetRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4013", "绩效目标中的预算金额与资金表不符", Severity.Warning, RuleCategories.SelfEvaluation,
        "绩效目标中写的预算金额是否与资金表相符。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        var table = new[] { p.Funds.InitialBudget, p.Funds.Budget }.OfType<PrintedNumber>().ToList();
        if (table.Count == 0 || p.Funds.FromSummary) yield break;
        foreach (var m in p.GoalBudgetMentions)
        {
            if (table.Any(t => EvaluationNumbers.Amount(t).Overlaps(EvaluationNumbers.Amount(m.Amount)))) continue;
            var shown = p.Funds.InitialBudget is PrintedNumber i ? $"年初预算数 {i.Text} 万元" : $"全年预算数 {p.Funds.Budget!.Value.Text} 万元";
            yield return Rule.Report($"绩效目标写“{m.Label}{m.Amount.Text}万元”，资金表{shown}（差 {EvaluationNumbers.Show(m.Amount.Value - table[0].Value)}）",
                EvaluationLocations.Project(p, m.Location, "年度绩效目标"), table[0].Value, m.Amount.Value);
        }
    }
}
