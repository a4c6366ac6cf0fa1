using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The note left when a document prints an evaluation form — a title line (“2023年度项目支出绩效自评表”) and the 三级指标 header —
/// and nothing of it was read (a form copied from a PDF as text, its cells wrapped over lines and run together): the form was not
/// checked, which a reviewer must know rather than take the silence for a clean form.
/// </summary>
internal static class UnreadFormNote
{
    /// <summary>The longest line, white space removed, that is still a form's title rather than a sentence naming one.</summary>
    private const int TitleLength = 40;

    public static ReadNote? Of(SourceDocument document, EvaluationMarkers markers, EvaluationSet set)
    {
        if (!set.IsEmpty || !markers.Has(EvaluationMarkers.DepartmentTree)) return null;
        var title = document.Lines.FirstOrDefault(l => IsTitle(EvaluationText.Compact(l.Text)));
        return title is null ? null : new ReadNote(
            $"“{EvaluationText.Compact(title.Text)}”：未能读出表中的指标、分值和得分，该表未审核。文字可能是从PDF复制或转换而来，表格的单元格已折行或连在一起；请提交原PDF、Word或Excel文件后再审核。",
            title.Location);
    }

    private static bool IsTitle(string compact) =>
        compact.Length <= TitleLength && compact.EndsWith('表')
        && (EvaluationMarkers.ProjectTables.Any(t => compact.Contains(t, StringComparison.Ordinal)) || EvaluationMarkers.DepartmentTables.Any(t => compact.Contains(t, StringComparison.Ordinal)));
}
