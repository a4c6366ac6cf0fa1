using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// A 偏差原因 written in the report's text rather than the table (“（一）“文化活动场次”未达到年度指标值，主要原因是受台风影响…”):
/// an indicator whose 偏差原因 cell is empty takes the first sentence (up to “。”) that names it and holds one of
/// indicator-table.json's reasonWords.
/// </summary>
internal static class DeviationSentences
{
    /// <summary>Shorter names (“数量”) are too common to find an indicator by.</summary>
    private const int ShortestName = 4;

    public static void Link(SourceDocument document, IEnumerable<ProjectEvaluation> projects)
    {
        var reasons = document.Blocks.OfType<ParagraphBlock>()
            .SelectMany(b => b.Text.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => IndicatorTableWords.Default.ReasonWords.Any(w => s.Contains(w, StringComparison.Ordinal)))
            .ToList();
        if (reasons.Count == 0) return;
        foreach (var p in projects)
        {
            for (var k = 0; k < p.Indicators.Count; k++)
            {
                var i = p.Indicators[k];
                if (!string.IsNullOrWhiteSpace(i.Deviation) || i.Name.Length < ShortestName) continue;
                if (reasons.FirstOrDefault(s => s.Contains(i.Name, StringComparison.Ordinal)) is string reason) p.Indicators[k] = i.With(i.Level1, i.Level2, reason);
            }
        }
    }
}
