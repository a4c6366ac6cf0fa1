using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>What may stand between a table and its continuation on the next page: a short paragraph (a page number, a running head).</summary>
internal static class PageBreakNoise
{
    /// <summary>The longest paragraph (compact characters) that may stand between a table and its continuation.</summary>
    private const int Longest = 12;

    public static bool Is(Block block) => block is ParagraphBlock p && EvaluationText.Compact(p.Text).Length <= Longest;
}
