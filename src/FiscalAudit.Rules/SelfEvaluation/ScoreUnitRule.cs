using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4015: a project score written with a money unit (“该项目评价得分为100元”).</summary>
public sealed class ScoreUnitRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4015", "得分单位书写错误", Severity.Warning, RuleCategories.SelfEvaluation,
        "项目得分的单位是否写成了“元”等金额单位。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.Evaluations.StatedResults.Where(r => r.ScoreUnit != "分").Select(r =>
            Rule.Report($"项目“{r.Name}”得分写作“{r.Score.Text}{r.ScoreUnit}”，得分的单位应为“分”：“{r.Text}”", FindingLocation.At(r.Location), "分", r.ScoreUnit));
}
