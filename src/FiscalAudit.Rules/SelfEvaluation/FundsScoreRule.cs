using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4005: the funds row follows the scheme: 分值 = the scheme's weight, 得分 = 分值 × min(执行率, 100%)
/// rounded to 0.01. A score that follows the printed (rounded) rate instead is 提示.
/// </summary>
public sealed class FundsScoreRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4005", "资金分值或得分不符合评分方案", Severity.Warning, RuleCategories.SelfEvaluation,
        "资金分值和得分是否符合执行率评分方案。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        if (scheme.Funds is not FundsRule rule) yield break;
        var f = p.Funds;
        if (f.Weight is PrintedNumber w && w.Value != rule.Weight)
            yield return Rule.Report($"资金分值印为 {w.Text}，“{scheme.Name}”方案规定为 {EvaluationNumbers.Show(rule.Weight)}（差 {EvaluationNumbers.Show(w.Value - rule.Weight)}）",
                EvaluationLocations.Funds(p, IndicatorColumns.Weight), rule.Weight, w.Value);
        if (f.Score is not PrintedNumber s || EvaluationNumbers.SpentRate(f) is not Interval rate) yield break;
        var capped = new Interval(Math.Min(rate.Low, rule.RateCap), Math.Min(rate.High, rule.RateCap));
        var expected = EvaluationNumbers.Round(capped * rule.Weight, rule.Decimals);
        if (expected.Contains(s.Value)) yield break;
        var exact = ProjectScorer.FundsScore(scheme, f)!.Value;
        var where = EvaluationLocations.Funds(p, IndicatorColumns.Score);
        var message = $"资金得分 {s.Text} ≠ 分值 {EvaluationNumbers.Show(rule.Weight)} × min(执行率 {EvaluationNumbers.Percent(rate.Mid)}, 100%) = {EvaluationNumbers.Show(exact)}（差 {EvaluationNumbers.Show(s.Value - exact)}）";
        var byPrintedRate = f.PrintedRate is PrintedNumber pr && PrintedNumber.RoundLike(rule.Weight * Math.Min(pr.Value / 100m, rule.RateCap), rule.Decimals) == s.Value;
        yield return byPrintedRate
            ? Rule.Report(message + $"；得分按印刷的执行率 {f.PrintedRate!.Value.Text} 计算", where, exact, s.Value, Severity.Info)
            : Rule.Report(message, where, exact, s.Value);
    }
}
