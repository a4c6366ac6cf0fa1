using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Numbered project paragraphs of a 整体支出绩效自评报告 that state both the execution rate and the score
/// (“7. 驻村帮扶费用 …完成该项目的56.48%，该项目评价得分为100元，结论为“优””; words in stated-results.json). Only paragraphs that open with
/// the project's number and name, and only a rate and score in consecutive clauses, are read. The name ends at a space; printed to PDF the
/// space may be lost (“7.驻村帮扶费用2020年是…”), and then the name is the longest opening the paragraph names again (“…驻村帮扶费用支出为1.22万元”).
/// </summary>
internal static partial class StatedResultParser
{
    [GeneratedRegex(@"^\d+[.、．]\s*(?<name>[^\s，,。：:]{2,40})\s")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"^\d+[.、．]\s*(?<opening>[^\s，,。：:]{2,})")]
    private static partial Regex NumberedOpening();

    /// <summary>The project's name at the paragraph's number: up to a space, else the longest opening named again later; null if neither.</summary>
    private static string? NameOf(string text)
    {
        if (NumberedName().Match(text) is { Success: true } spaced) return spaced.Groups["name"].Value;
        if (NumberedOpening().Match(text) is not { Success: true } head) return null;
        var opening = head.Groups["opening"];
        for (var length = Math.Min(opening.Length, 40); length >= 2; length--)
        {
            var name = opening.Value[..length];
            if (text.IndexOf(name, opening.Index + length, StringComparison.Ordinal) >= 0) return name;
        }
        return null;
    }

    public static IEnumerable<StatedProjectResult> Parse(SourceDocument document)
    {
        foreach (var p in document.Blocks.OfType<ParagraphBlock>().Where(p => p.Text.Contains(EvaluationMarkers.StatedResult, StringComparison.Ordinal)))
        {
            var text = EvaluationText.FoldDigits(p.Text);
            if (NameOf(text) is not { } name) continue;
            foreach (Match m in StatedResultWords.Default.RateAndScore.Matches(text))
            {
                if (NumberText.Parse(m.Groups["rate"].Value) is PrintedNumber rate && NumberText.Parse(m.Groups["score"].Value) is PrintedNumber score)
                    yield return new StatedProjectResult(name, rate, score, m.Groups["unit"].Value, m.Value, p.LocationOf(m.Index, m.Index + m.Length));
            }
        }
    }
}
