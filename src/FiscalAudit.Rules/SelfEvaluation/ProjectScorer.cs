using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// Recomputes a project's score under its scheme (run by <see cref="EvaluationScoring"/>, never by a rule).
/// recomputed = funds score by the scheme (weight × min(执行数 ÷ 全年预算数, 100%), to 0.01) + the printed
/// indicator scores (a blank one 0; none when an indicator's score is unread, <see cref="Indicator.ScoreUnread"/>); reference = the same funds score + every indicator rescored by <see cref="ReferenceScorer"/>.
/// </summary>
public static class ProjectScorer
{
    /// <summary>The indicator's printed weight, or the scheme's when the table's is unreadable.</summary>
    public static decimal? WeightOf(ScoringScheme scheme, Indicator indicator) =>
        indicator.Weight?.Value ?? scheme.Find(indicator.Level2, indicator.Name)?.Weight;

    /// <summary>The funds score the scheme gives for exact printed amounts; null without budget, execution or funds rule.</summary>
    public static decimal? FundsScore(ScoringScheme scheme, FundsRow funds)
    {
        if (scheme.Funds is not FundsRule rule || funds.Budget is not PrintedNumber b || funds.Executed is not PrintedNumber e || b.Value <= 0) return null;
        return PrintedNumber.RoundLike(rule.Weight * Math.Min(e.Value / b.Value, rule.RateCap), rule.Decimals);
    }

    public static ScoreRecomputation Compute(ProjectEvaluation p)
    {
        var scheme = ScoringSchemes.For(p);
        var reference = ScoringSchemes.Reference;
        var steps = new List<string> { $"评分方案：{scheme.Name}" };
        var funds = FundsScore(scheme, p.Funds);
        if (funds is decimal f && scheme.Funds is FundsRule rule)
        {
            var rate = p.Funds.Executed!.Value.Value / p.Funds.Budget!.Value.Value;
            steps.Add($"执行率 = 全年执行数 {p.Funds.Executed.Value.Text} ÷ 全年预算数 {p.Funds.Budget.Value.Text} = {EvaluationNumbers.Percent(rate)}");
            steps.Add($"资金得分 = 分值 {EvaluationNumbers.Show(rule.Weight)} × min({EvaluationNumbers.Percent(rate)}, {EvaluationNumbers.Percent(rule.RateCap)}) = {EvaluationNumbers.Show(f)}");
        }
        else if (scheme.Funds is not null)
        {
            steps.Add("资金得分无法重算（缺全年预算数或全年执行数，或预算数为 0）");
        }
        var scored = p.Indicators.Where(i => i.Score is not null).ToList();
        var unread = p.Indicators.Where(i => i.ScoreUnread).ToList();
        decimal? sum = scored.Count == 0 || unread.Count > 0 ? null : scored.Sum(i => i.Score!.Value.Value);
        if (unread.Count > 0)
            steps.Add($"指标得分合计无法计算：{string.Join("、", unread.Select(i => $"“{i.Name}”"))}的得分（或扣分）无法读取");
        if (sum is decimal s)
        {
            var blanks = p.Indicators.Count - scored.Count;
            steps.Add($"指标得分合计（自评）= {string.Join(" + ", scored.Select(i => i.Score!.Value.Text))} = {EvaluationNumbers.Show(s)}" + (blanks > 0 ? $"（{blanks} 项未填得分，按 0 计）" : string.Empty));
        }
        decimal? recomputed = scheme.Funds is null ? sum : funds + sum;
        if (recomputed is decimal rc) steps.Add(scheme.Funds is null ? $"重算总分 = {EvaluationNumbers.Show(rc)}" : $"重算总分 = 资金得分 {EvaluationNumbers.Show(funds!.Value)} + 指标得分 {EvaluationNumbers.Show(sum!.Value)} = {EvaluationNumbers.Show(rc)}");
        var references = p.Indicators.Select(i => ReferenceScorer.Score(i, WeightOf(scheme, i), reference)).ToList();
        foreach (var r in references.Where(r => r.ReferenceScore != r.Indicator.Score?.Value))
            steps.Add($"参考评分 {r.Indicator.Path}：自评 {r.Indicator.Score?.Text ?? "未填"} → 参考 {(r.ReferenceScore is decimal v ? EvaluationNumbers.Show(v) : "无法计算")}（{r.Method}）");
        var blanksAsZero = sum is not null;
        decimal? referenceTotal = references.Count == 0 || (!blanksAsZero && references.Any(r => r.ReferenceScore is null)) || (scheme.Funds is not null && funds is null)
            ? null
            : (funds ?? 0m) + references.Sum(r => r.ReferenceScore ?? 0m);
        if (referenceTotal is decimal rt) steps.Add($"参考总分 = {EvaluationNumbers.Show(rt)}");
        return new ScoreRecomputation(scheme.Id, scheme.Name, funds, sum, recomputed, referenceTotal, references, steps);
    }
}
