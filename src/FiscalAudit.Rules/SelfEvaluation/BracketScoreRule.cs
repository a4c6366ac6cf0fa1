using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4014: in schemes with bracket rules (资金到位率 90%以上 2 分、80–89% 1.8 分…), a score is one of the
/// bracket values. Scores above the weight are FA4001's.
/// </summary>
public sealed class BracketScoreRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4014", "得分不在评分标准档次内", Severity.Warning, RuleCategories.SelfEvaluation,
        "按档次评分的指标，得分是否为评分标准的某一档。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        foreach (var i in p.Indicators)
        {
            if (i.Score is not PrintedNumber s || scheme.Find(i.Level2, i.Name) is not { Brackets: { } brackets } si || s.Value > si.Weight || brackets.Contains(s.Value)) continue;
            yield return Rule.Report($"指标“{i.Name}”得分 {s.Text} 不是评分标准的档次（{string.Join("、", brackets.Select(b => EvaluationNumbers.Show(b)))}）",
                EvaluationLocations.Indicator(p, i, IndicatorColumns.Score), string.Join("/", brackets.Select(b => EvaluationNumbers.Show(b))), s.Value);
        }
    }
}
