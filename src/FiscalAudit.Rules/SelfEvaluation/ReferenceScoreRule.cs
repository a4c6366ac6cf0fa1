using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4010: the total obtained by rescoring every indicator with the reference functions differs from
/// the reported total. Local scoring customs vary, so this is 提示 with both scores and the indicators. A total that
/// differs only because it is not the sum of the printed scores (no indicator rescored differently) is FA4003's alone;
/// one that differs only by scores other rules report as errors (above the weight FA4001, full marks for a missed
/// target FA4008, a funds score off the scheme FA4005) is theirs.
/// </summary>
public sealed class ReferenceScoreRule : ProjectRule
{
    private const int Listed = 4;

    public static readonly RuleDescriptor Rule = new(
        "FA4010", "参考评分与自评得分不同", Severity.Info, RuleCategories.SelfEvaluation,
        "按参考评分函数（正向/反向/定性三档）重新计分的总分与自评总分不同，供抽审参考。");

    public override RuleDescriptor Descriptor => Rule;

    protected override bool NeedsRecomputation => true;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        var r = EvaluationScoring.Of(p);
        if (r.ReferenceScore is not decimal reference || p.ReportedScore is not PrintedNumber reported || reported.Interval.Contains(reference)) yield break;
        var differing = r.Indicators.Where(x => x.ReferenceScore is decimal v && v != x.Indicator.Score?.Value).ToList();
        var fundsDiffer = p.Funds.Score is PrintedNumber printed && r.FundsScore is decimal schemeFunds && printed.Value != schemeFunds;
        // Every difference is an error another rule already reports (FA4001, FA4008, FA4005): the hint would restate it.
        if (differing.All(x => ScoreAboveWeightRule.Exceeds(scheme, x.Indicator) || FullMarksForMissedTargetRule.FullMarksMissed(scheme, x.Indicator))
            && (!fundsDiffer || FundsScoreRule.Misscored(scheme, p.Funds))) yield break;
        var parts = differing.Take(Listed).Select(x => $"“{x.Indicator.Name}”自评 {x.Indicator.Score?.Text ?? "未填"}、参考 {EvaluationNumbers.Show(x.ReferenceScore!.Value)}").ToList();
        if (differing.Count > Listed) parts.Add($"等共 {differing.Count} 项指标");
        if (p.Funds.Score is PrintedNumber fs && r.FundsScore is decimal f && fs.Value != f) parts.Add($"资金得分自评 {fs.Text}、方案 {EvaluationNumbers.Show(f)}");
        yield return Rule.Report(
            $"参考评分 {EvaluationNumbers.Show(reference)} 与自评得分 {reported.Text} 不同（差 {EvaluationNumbers.Show(reference - reported.Value)}）：{string.Join("；", parts)}",
            EvaluationLocations.Project(p, p.ReportedScoreLocation, "总分", "得分"), reference, reported.Value);
    }
}
