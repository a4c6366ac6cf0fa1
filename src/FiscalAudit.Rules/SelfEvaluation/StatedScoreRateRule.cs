using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4016: a project paragraph states an execution rate and a score that the 执行率 + 指标 scheme cannot
/// give together: the score exceeds (total − funds weight) + funds weight × min(rate, 100%), the best
/// possible with full indicator marks. 错误 when the document's own table of that project uses the scheme;
/// otherwise the project's scheme is not printed and the finding is 提示.
/// </summary>
public sealed class StatedScoreRateRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4016", "所述得分与执行率矛盾", Severity.Error, RuleCategories.SelfEvaluation,
        "文中所述得分是否超过按执行率可得的最高分。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var scheme = ScoringSchemes.For(EvaluationForm.FundsAndIndicators);
        if (scheme.Funds is not FundsRule funds) yield break;
        foreach (var r in disclosure.Evaluations.StatedResults)
        {
            var rate = r.Rate.Fraction.High;
            if (rate >= funds.RateCap) continue;
            var best = scheme.Total - funds.Weight + PrintedNumber.RoundLike(funds.Weight * Math.Max(0m, rate), funds.Decimals);
            if (r.Score.Interval.Low <= best) continue;
            var table = disclosure.Evaluations.Projects.Any(p => p.Form == EvaluationForm.FundsAndIndicators && p.Name == r.Name);
            yield return Rule.Report(
                $"项目“{r.Name}”执行率 {r.Rate.Text}，所述得分 {r.Score.Text}；按“{scheme.Name}”资金得分至多 {EvaluationNumbers.Show(best - (scheme.Total - funds.Weight))}，总分至多 {EvaluationNumbers.Show(best)}（差 {EvaluationNumbers.Show(r.Score.Value - best)}）"
                    + (table ? string.Empty : "；文中未给出该项目的评分表，若其采用其他评分方案请忽略"),
                FindingLocation.At(r.Location), best, r.Score.Value, table ? Severity.Error : Severity.Info);
        }
    }
}
