using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The first-level scores a third-party report states in its text (“其中，决策指标得分13.5分（满分15分），过程指标得分23分…”, and again
/// in its analysis: “决策指标满分15分，评价得分13.5分”), read with <see cref="ThirdPartyVocabulary.GroupScoreStatement"/>. Each group
/// stated once with each score: the same score stated again is one statement (the first), another score a second one — unless one
/// paragraph states two scores of a group (“甲县决策指标得分18.5分，乙县决策指标得分16分”, a unit's own score beside the evaluators'):
/// that paragraph states none of the report's.
/// </summary>
internal static class StatedGroupScoreParser
{
    public static IReadOnlyList<StatedAmount> Parse(IEnumerable<Block> report, ThirdPartyVocabulary words)
    {
        var stated = new List<StatedAmount>();
        foreach (var p in report.OfType<ParagraphBlock>())
        {
            var own = new List<StatedAmount>();
            foreach (System.Text.RegularExpressions.Match m in words.GroupScoreStatement.Matches(EvaluationText.FoldDigits(p.Text)))
            {
                if (words.GroupOf(EvaluationText.Compact(m.Groups["g"].Value)) is not string group || NumberText.Parse(m.Groups["s"].Value) is not PrintedNumber score) continue;
                own.Add(new StatedAmount(group, score, p.LocationOf(m.Index, m.Index + m.Length)));
            }
            var twice = own.GroupBy(s => s.Label).Where(g => g.Select(s => s.Amount.Value).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
            stated.AddRange(own.Where(s => !twice.Contains(s.Label) && !stated.Any(o => o.Label == s.Label && o.Amount.Value == s.Amount.Value))
                .DistinctBy(s => (s.Label, s.Amount.Value)));
        }
        return stated;
    }
}
