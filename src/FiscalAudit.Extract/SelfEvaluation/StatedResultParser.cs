using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Numbered project paragraphs of a 整体支出绩效自评报告 that state both the execution rate and the score
/// (“7. 驻村帮扶费用 …完成该项目的56.48%，该项目评价得分为100元，结论为“优””; words in stated-results.json). Only paragraphs that open with
/// the project's number and name, and only a rate and score in consecutive clauses, are read.
/// </summary>
internal static partial class StatedResultParser
{
    [GeneratedRegex(@"^\d+[.、．]\s*(?<name>[^\s，,。：:]{2,40})\s")]
    private static partial Regex NumberedName();

    public static IEnumerable<StatedProjectResult> Parse(SourceDocument document)
    {
        foreach (var p in document.Blocks.OfType<ParagraphBlock>().Where(p => p.Text.Contains(EvaluationMarkers.StatedResult, StringComparison.Ordinal)))
        {
            var text = EvaluationText.FoldDigits(p.Text);
            var head = NumberedName().Match(text);
            if (!head.Success) continue;
            foreach (Match m in StatedResultWords.Default.RateAndScore.Matches(text))
            {
                if (NumberText.Parse(m.Groups["rate"].Value) is PrintedNumber rate && NumberText.Parse(m.Groups["score"].Value) is PrintedNumber score)
                    yield return new StatedProjectResult(head.Groups["name"].Value, rate, score, m.Groups["unit"].Value, m.Value, p.LocationOf(m.Index, m.Index + m.Length));
            }
        }
    }
}
