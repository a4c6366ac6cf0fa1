using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4019: an execution-rate indicator of an indicator table (“预算执行率”, weight 6, 评分标准 “执行率×分值”) scores
/// 分值 × min(执行率, 100%) by the project's own funds. A tiered rubric is a local rule and not checked; with no rubric
/// printed, only a score above the proportional one is a hint. Indicators with a target and an actual value are the
/// target rules' (FA4008).
/// </summary>
public sealed class RateIndicatorScoreRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4019", "预算执行率指标得分与执行率不符", Severity.Warning, RuleCategories.SelfEvaluation,
        "评分标准按执行率计分的“预算执行率”指标，得分不等于 分值 × min(执行率, 100%)。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        var scoring = ScoringSchemes.RateIndicator;
        if (RateOf(p.Funds) is not Interval rate) yield break;
        var capped = new Interval(Math.Min(rate.Low, scoring.RateCap), Math.Min(rate.High, scoring.RateCap));
        foreach (var i in p.Indicators.Where(i => scoring.IsRateIndicator(i.Name) && i.Actual.IsEmpty))
        {
            if (i.Weight is not PrintedNumber w || i.Score is not PrintedNumber s) continue;
            var proportional = i.Rubric is string rubric && scoring.IsProportional(rubric);
            if (i.Rubric is not null && !proportional) continue;
            var expected = capped * w.Value;
            if (Accepts(expected, s, scoring.Decimals) || (!proportional && s.Value <= expected.High)) continue;
            var exact = PrintedNumber.RoundLike(w.Value * Math.Min(rate.Mid, scoring.RateCap), scoring.Decimals);
            var message = $"指标“{i.Name}”得分 {s.Text} ≠ 分值 {w.Text} × min(执行率 {EvaluationNumbers.Percent(rate)}, 100%) = {EvaluationNumbers.Show(exact)}（差 {EvaluationNumbers.Show(s.Value - exact)}）";
            var related = p.Funds.Location is SourceLocation funds ? new[] { EvaluationLocations.Project(p, funds, "资金", "执行率") } : null;
            yield return proportional
                ? Rule.Report(message + $"；评分标准为“{i.Rubric}”", EvaluationLocations.Indicator(p, i, "得分"), exact, s.Value, related: related)
                : Rule.Report(message + "；表中未印评分标准，按“执行率×分值”核对，高于按比例计算的得分", EvaluationLocations.Indicator(p, i, "得分"), exact, s.Value, Severity.Info, related);
        }
    }

    /// <summary>The project's execution rate (a fraction): spent ÷ budget, else the printed rate.</summary>
    private static Interval? RateOf(FundsRow f) =>
        EvaluationNumbers.SpentRate(f) ?? (f.PrintedRate is PrintedNumber r ? new Interval(r.Interval.Low / 100m, r.Interval.High / 100m) : null);

    /// <summary>
    /// True when the printed score is the expected one rounded to the scheme's decimals, or to the fewer decimals the
    /// score is printed with (a table of whole scores prints 5.67 as 6).
    /// </summary>
    private static bool Accepts(Interval expected, PrintedNumber score, int decimals) =>
        EvaluationNumbers.Round(expected, decimals).Contains(score.Value)
        || (score.Decimals < decimals && EvaluationNumbers.Round(expected, score.Decimals).Contains(score.Value));
}
