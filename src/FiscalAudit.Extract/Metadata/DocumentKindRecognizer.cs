using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// Decides what a document is from its wording (Order 20): a 部门整体支出绩效评价 title, a 部门决算, or a
/// project 绩效自评. Finding standard tables later makes it a final-accounts document regardless.
/// </summary>
public sealed class DocumentKindRecognizer : IRecognizer
{
    private const int TitleBlocks = 15;

    public int Order => 20;

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var lines = DocumentText.Lines(document).Select(l => l.Text.Replace(" ", string.Empty)).ToList();
        if (lines.Take(TitleBlocks).Any(t => t.Contains("整体支出绩效", StringComparison.Ordinal) || t.Contains("部门整体绩效", StringComparison.Ordinal)))
            disclosure.Kind = DocumentKind.DepartmentEvaluation;
        else if (lines.Any(t => t.Contains("部门决算", StringComparison.Ordinal) || t.Contains("决算情况说明", StringComparison.Ordinal)))
            disclosure.Kind = DocumentKind.FinalAccounts;
        else if (lines.Any(t => t.Contains("自评", StringComparison.Ordinal) || t.Contains("绩效评价", StringComparison.Ordinal)))
            disclosure.Kind = DocumentKind.SelfEvaluation;
    }
}
