using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4019: an execution-rate indicator (“预算执行率”, weight 6, 评分标准 “执行率×分值”) scores 分值 × min(执行率, 100%): in a
/// project's indicator table by the project's own funds, in a department's indicator tree (部门整体支出绩效评价) by the department's
/// (<see cref="DepartmentRates"/>). A rubric in segments (“≥95%得满分，每降低1个百分点扣0.5分”) or in bands (“≥95%得10分，90%-95%得8分，
/// 90%以下不得分”) is scored by them (<see cref="IRateRubric"/>); any other rubric is not checked; with no rubric printed, only a project score
/// above the proportional one is a hint. The finding's basis is its score cell: where FA4008 (full marks for a missed target) or
/// FA4001 (a score above the weight) holds that cell, the finding is folded into theirs (finding-merges.json, explained).
/// </summary>
public sealed class RateIndicatorScoreRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4019", "预算执行率指标得分与执行率不符", Severity.Warning, RuleCategories.SelfEvaluation,
        "预算执行率指标得分是否等于分值乘执行率。");

    private static RateIndicatorScoring Scoring => ScoringSchemes.RateIndicator;

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.Evaluations.Projects.SelectMany(Check)
            .Concat(disclosure.Evaluations.Departments.SelectMany(d => Check(d, disclosure.Evaluations))).ToList();

    private static IEnumerable<Finding> Check(ProjectEvaluation p)
    {
        if (EvaluationNumbers.FundsRate(p.Funds) is not Interval rate) yield break;
        var related = p.Funds.Location is not null ? new[] { EvaluationLocations.Funds(p, "执行率", unlabelled: "资金") } : null;
        var printed = ScoreDecimals(p.Indicators.Select(i => i.Score));
        foreach (var i in p.Indicators.Where(i => Scoring.IsRateIndicator(i.Name)))
        {
            var scored = new ScoredRate(i.Name, i.Weight, i.Score, i.Rubric, EvaluationLocations.Indicator(p, i, IndicatorColumns.Score));
            if (Checked(scored, rate, printed, related) is { } finding) yield return finding;
        }
    }

    /// <summary>A department tree's rate indicators of the whole department, with a proportional rubric (“预算执行率×该指标分值”).</summary>
    private static IEnumerable<Finding> Check(DepartmentEvaluation d, EvaluationSet set)
    {
        if (DepartmentRates.Of(set) is not var (rate, at)) yield break;
        var related = new[] { at };
        var printed = ScoreDecimals(d.All().Select(i => i.Score));
        foreach (var i in d.All().Where(i => Scoring.IsRateIndicator(i.Name) && !Scoring.NamesPart(i.Name) && i.Rubric is string r && (Scoring.IsProportional(r) || Scoring.Rubric(r) is not null)))
        {
            var scored = new ScoredRate(i.Label, i.Weight, i.Score, i.Rubric, EvaluationLocations.Department(d, i.ScoreLocation ?? i.Location, i.Label, IndicatorColumns.Score));
            if (Checked(scored, rate, printed, related) is { } finding) yield return finding;
        }
    }

    private static Finding? Checked(ScoredRate i, Interval rate, int printed, IReadOnlyList<FindingLocation>? related)
    {
        if (i.Weight is not PrintedNumber w || i.Score is not PrintedNumber s) return null;
        if (i.Rubric is string stated && Scoring.Rubric(stated) is { } own) return ByRubric(i, own, rate, printed, related);
        var proportional = i.Rubric is string rubric && Scoring.IsProportional(rubric);
        if (i.Rubric is not null && !proportional) return null;
        var capped = new Interval(Math.Min(rate.Low, Scoring.RateCap), Math.Min(rate.High, Scoring.RateCap));
        var expected = capped * w.Value;
        if (Accepts(expected, s, printed) || (!proportional && s.Value <= expected.High)) return null;
        var exact = PrintedNumber.RoundLike(w.Value * Math.Min(rate.Mid, Scoring.RateCap), Scoring.Decimals);
        var message = $"指标“{i.Name}”得分 {s.Text} ≠ 分值 {w.Text} × min(执行率 {EvaluationNumbers.Percent(rate)}, 100%) = {EvaluationNumbers.Show(exact)}（差 {EvaluationNumbers.Show(s.Value - exact)}）";
        var finding = proportional
            ? Rule.Report(message + $"；评分标准为“{i.Rubric}”", i.Location, exact, s.Value, related: related)
            : Rule.Report(message + "；表中未印评分标准，按“执行率×分值”核对，高于按比例计算的得分", i.Location, exact, s.Value, Severity.Info, related);
        return finding with { Bases = [i.Location with { Printed = s }] };
    }

    /// <summary>
    /// A rate indicator scored by the segments or bands its 评分标准 states (“≥95%得满分，每降低1个百分点扣0.5分”, “≥95%得10分，
    /// 90%-95%得8分，90%以下不得分”): a score none of the scores it allows at the rate accepts is reported, with the nearest.
    /// </summary>
    private static Finding? ByRubric(ScoredRate i, IRateRubric rubric, Interval rate, int printed, IReadOnlyList<FindingLocation>? related)
    {
        var (w, s) = (i.Weight!.Value, i.Score!.Value);
        var expected = rubric.Scores(rate, w.Value);
        if (expected.Count == 0 || expected.Any(e => Accepts(e, s, printed))) return null;
        var nearest = expected.Select(e => s.Value > e.High ? e.High : e.Low).MinBy(v => Math.Abs(v - s.Value));
        var shown = string.Join("或", expected.Select(e => e.Low == e.High ? EvaluationNumbers.Show(e.Low) : $"{EvaluationNumbers.Show(e.Low)}～{EvaluationNumbers.Show(e.High)}"));
        var message = $"指标“{i.Name}”得分 {s.Text} 不符合评分标准（{rubric}）：执行率 {EvaluationNumbers.Percent(rate)}、分值 {w.Text}，应得 {shown}（差 {EvaluationNumbers.Show(s.Value - nearest)}）；评分标准为“{i.Rubric}”";
        return Rule.Report(message, i.Location, nearest, s.Value, related: related) with { Bases = [i.Location with { Printed = s }] };
    }

    /// <summary>The most decimals any score of the table is printed with: 0 for a table of whole scores.</summary>
    private static int ScoreDecimals(IEnumerable<PrintedNumber?> scores) => scores.OfType<PrintedNumber>().Select(s => s.Decimals).DefaultIfEmpty(0).Max();

    /// <summary>
    /// True when the printed score is the expected one rounded to the scheme's decimals, or — in a table that prints every score
    /// with fewer decimals (<paramref name="printed"/>), such as one of whole scores printing 5.67 as 6 — to the table's decimals.
    /// </summary>
    private static bool Accepts(Interval expected, PrintedNumber score, int printed) =>
        EvaluationNumbers.Round(expected, Scoring.Decimals).Contains(score.Value)
        || (printed < Scoring.Decimals && EvaluationNumbers.Round(expected, printed).Contains(score.Value));

    /// <summary>A rate indicator as either table prints it, and where its score stands.</summary>
    private sealed record ScoredRate(string Name, PrintedNumber? Weight, PrintedNumber? Score, string? Rubric, FindingLocation Location);
}
