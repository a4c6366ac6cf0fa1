using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The first-level scores a third-party report states in its text (“其中，决策指标得分13.5分（满分15分），过程指标得分23分…”, and again
/// in its analysis: “决策指标满分15分，评价得分13.5分”), read with <see cref="ThirdPartyVocabulary.GroupScoreStatement"/>. Each group
/// stated once with each score: the same score stated again is one statement (the first), another score a second one.
/// </summary>
internal static class StatedGroupScoreParser
{
    public static IReadOnlyList<StatedAmount> Parse(IEnumerable<Block> report, ThirdPartyVocabulary words)
    {
        var stated = new List<StatedAmount>();
        foreach (var p in report.OfType<ParagraphBlock>())
        {
            foreach (System.Text.RegularExpressions.Match m in words.GroupScoreStatement.Matches(EvaluationText.FoldDigits(p.Text)))
            {
                if (words.GroupOf(EvaluationText.Compact(m.Groups["g"].Value)) is not string group || NumberText.Parse(m.Groups["s"].Value) is not PrintedNumber score) continue;
                if (stated.Any(s => s.Label == group && s.Amount.Value == score.Value)) continue;
                stated.Add(new StatedAmount(group, score, p.LocationOf(m.Index, m.Index + m.Length)));
            }
        }
        return stated;
    }
}
