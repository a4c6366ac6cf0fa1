using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4001: no score may exceed its weight (indicator, funds row, total), nor an indicator's deduction (扣分); an indicator
/// printing both 得分 and 扣分 scores its 分值 less its 扣分 (within the rounding of the printed score).
/// </summary>
public sealed class ScoreAboveWeightRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4001", "得分超过分值或与扣分不符", Severity.Error, RuleCategories.SelfEvaluation,
        "指标得分是否超过分值，得分是否等于分值减扣分。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        foreach (var i in p.Indicators)
        {
            if (i.Score is PrintedNumber s && ProjectScorer.WeightOf(scheme, i) is decimal w && s.Value > w)
                yield return Rule.Report($"指标“{i.Name}”得分 {s.Text} 高于分值 {EvaluationNumbers.Show(w)}（超出 {EvaluationNumbers.Show(s.Value - w)}）",
                    EvaluationLocations.Indicator(p, i, IndicatorColumns.Score), w, s.Value);
            else if (i.Deduction is PrintedNumber d && ProjectScorer.WeightOf(scheme, i) is decimal dw && d.Value > dw)
                yield return Rule.Report($"指标“{i.Name}”扣分 {d.Text} 高于分值 {EvaluationNumbers.Show(dw)}（超出 {EvaluationNumbers.Show(d.Value - dw)}）",
                    EvaluationLocations.Indicator(p, i, IndicatorColumns.Deduction), dw, d.Value);
            else if (ScoreBesideDeduction(p, i) is Finding mismatch)
                yield return mismatch;
        }
        var fundsWeight = p.Funds.Weight?.Value ?? scheme.Funds?.Weight;
        if (p.Funds.Score is PrintedNumber fs && fundsWeight is decimal fw && fs.Value > fw)
            yield return Rule.Report($"资金得分 {fs.Text} 高于分值 {EvaluationNumbers.Show(fw)}（超出 {EvaluationNumbers.Show(fs.Value - fw)}）",
                EvaluationLocations.Funds(p, IndicatorColumns.Score), fw, fs.Value);
        var total = p.TotalWeight?.Value ?? scheme.Total;
        if (p.ReportedScore is PrintedNumber r && r.Value > total)
            yield return Rule.Report($"总分 {r.Text} 高于满分 {EvaluationNumbers.Show(total)}（超出 {EvaluationNumbers.Show(r.Value - total)}）",
                EvaluationLocations.Project(p, p.ReportedScoreLocation, "总分", IndicatorColumns.Score), total, r.Value);
    }

    /// <summary>
    /// The finding for an indicator whose printed 得分 is not its printed 分值 less its printed 扣分 (“分值 3 | 得分 2.5 | 扣分 1”),
    /// placed at the 得分 cell with the 分值 and 扣分 cells related; null when it is, or when one of the three is not printed.
    /// </summary>
    private static Finding? ScoreBesideDeduction(ProjectEvaluation p, Indicator i)
    {
        if (i.Score is not PrintedNumber s || i.Deduction is not PrintedNumber d || i.Weight is not PrintedNumber w) return null;
        var expected = w.Value - d.Value;
        if (s.Interval.Contains(expected)) return null;
        return Rule.Report($"指标“{i.Name}”得分 {s.Text} ≠ 分值 {w.Text} − 扣分 {EvaluationNumbers.Show(d.Value)} = {EvaluationNumbers.Show(expected)}（差 {EvaluationNumbers.Show(s.Value - expected)}）",
            EvaluationLocations.Indicator(p, i, IndicatorColumns.Score), expected, s.Value,
            related: [EvaluationLocations.Indicator(p, i, IndicatorColumns.Weight), EvaluationLocations.Indicator(p, i, IndicatorColumns.Deduction)]);
    }
}
