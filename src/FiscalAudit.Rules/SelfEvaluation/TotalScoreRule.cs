using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4003: the printed total equals the printed funds score (or, when the form prints none, the funds
/// score the scheme gives) plus the printed indicator scores. A missing total with scores present is 提示, naming the column
/// left blank (得分, or 扣分 in a table scored by its deductions).
/// </summary>
public sealed class TotalScoreRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4003", "总分与各项得分之和不符", Severity.Error, RuleCategories.SelfEvaluation,
        "总分是否等于资金得分与各指标得分之和。");

    public override RuleDescriptor Descriptor => Rule;

    protected override bool NeedsRecomputation => true;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        var r = EvaluationScoring.Of(p);
        if (r.IndicatorSum is not decimal sum) yield break;
        decimal? funds = scheme.Funds is null ? 0m : p.Funds.Score?.Value ?? r.FundsScore;
        if (funds is not decimal f) yield break;
        var expected = f + sum;
        var parts = scheme.Funds is null ? $"各指标得分之和 {EvaluationNumbers.Show(sum)}" : $"资金得分 {EvaluationNumbers.Show(f)}{(p.Funds.Score is null ? "（按方案重算）" : string.Empty)} + 指标得分 {EvaluationNumbers.Show(sum)} = {EvaluationNumbers.Show(expected)}";
        var where = EvaluationLocations.Project(p, p.ReportedScoreLocation, "总分", IndicatorColumns.Score);
        if (p.ReportedScore is not PrintedNumber reported)
        {
            yield return Rule.Report($"总分未填写{where.Column}；{parts}", where, expected, null, Severity.Info);
        }
        else if (!reported.Interval.Contains(expected))
        {
            yield return Rule.Report($"总分 {reported.Text} ≠ {parts}（差 {EvaluationNumbers.Show(reported.Value - expected)}）", where, expected, reported.Value);
        }
    }
}
