using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4010: the total obtained by rescoring every indicator with the reference functions differs from
/// the reported total. Local scoring customs vary, so this is 提示 with both scores and the indicators; an indicator whose
/// 偏差原因 gives a reason is not listed, and when no indicator is left the total is not reported. A total that
/// differs only because it is not the sum of the printed scores (no indicator rescored differently) is FA4003's alone.
/// The score cells rescored differently are its <see cref="Finding.Bases"/>: when other rules report each of them, the total
/// repeats them and is folded into the first (finding-merges.json <c>explained</c>).
/// </summary>
public sealed class ReferenceScoreRule : ProjectRule
{
    private const int Listed = 4;

    public static readonly RuleDescriptor Rule = new(
        "FA4010", "参考评分与自评得分不同", Severity.Info, RuleCategories.SelfEvaluation,
        "按参考办法重算的总分与自评总分是否相同。");

    public override RuleDescriptor Descriptor => Rule;

    protected override bool NeedsRecomputation => true;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        var r = EvaluationScoring.Of(p);
        if (r.ReferenceScore is not decimal reference || p.ReportedScore is not PrintedNumber reported || reported.Interval.Contains(reference)) yield break;
        var rescored = r.Indicators.Where(x => x.ReferenceScore is decimal v && v != x.Indicator.Score?.Value).ToList();
        var differing = rescored.Where(x => !Explained(x)).ToList();
        var parts = differing.Take(Listed).Select(x => $"“{x.Indicator.Name}”自评 {x.Indicator.Score?.Text ?? "未填"}、参考 {EvaluationNumbers.Show(x.ReferenceScore!.Value)}").ToList();
        if (differing.Count > Listed) parts.Add($"等共 {differing.Count} 项指标");
        var cells = differing.Select(x => EvaluationLocations.Indicator(p, x.Indicator, IndicatorColumns.Score) with { Printed = x.Indicator.Score }).ToList();
        if (p.Funds.Score is PrintedNumber fs && r.FundsScore is decimal f && fs.Value != f)
        {
            parts.Add($"资金得分自评 {fs.Text}、方案 {EvaluationNumbers.Show(f)}");
            cells.Add(EvaluationLocations.Funds(p, IndicatorColumns.Score) with { Printed = fs });
        }
        // No indicator scored differently without a reason: the total differs only from its own sum (FA4003's) or by explained scores.
        if (parts.Count == 0) yield break;
        if (rescored.Count > differing.Count) parts.Add($"另 {rescored.Count - differing.Count} 项指标已说明偏差原因");
        yield return Rule.Report(
            $"参考评分 {EvaluationNumbers.Show(reference)} 与自评得分 {reported.Text} 不同（差 {EvaluationNumbers.Show(reference - reported.Value)}）：{string.Join("；", parts)}",
            EvaluationLocations.Project(p, p.ReportedScoreLocation, "总分", IndicatorColumns.Score), reference, reported.Value) with { Bases = cells };
    }

    /// <summary>
    /// A deduction beyond the reference that the 偏差原因 (its cell, or a sentence of the report naming the indicator) explains:
    /// scored by a local rule. A reason never explains a score above the reference (full marks for a missed target).
    /// </summary>
    private static bool Explained(IndicatorReference x) =>
        x.Indicator.Score is PrintedNumber s && s.Value < x.ReferenceScore && ScoringSchemes.Reference.GivesReason(x.Indicator.Deviation);
}
