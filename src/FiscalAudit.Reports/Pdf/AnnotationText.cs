using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports.Pdf;

/// <summary>The notes a reviewer reads on the annotated copy, in Chinese.</summary>
internal static class AnnotationText
{
    public const string Author = "FiscalAudit";

    public const string FindingSubject = "审核问题";

    public const string RelatedSubject = "关联位置";

    /// <summary>“规则 FA2004 错误：…（编号 2efb20020803）”, with the reviewer's decision when there is one.</summary>
    public static string Note(Finding f)
    {
        var text = $"规则 {f.RuleId} {f.Severity.ToChinese()}：{f.Message}";
        if (f.Id.Length > 0) text += $"（编号 {f.Id}）";
        if (f.Review is { Status: not ReviewStatus.Open } review)
            text += $"\n审核结论：{review.Status.ToChinese()}" + (string.IsNullOrWhiteSpace(review.Reason) ? string.Empty : $"（{review.Reason}）");
        return text;
    }

    /// <summary>A related place points back to the finding: “关联位置，问题见第10页：规则 FA2004 错误：…”.</summary>
    public static string RelatedNote(Finding f, int findingPage) => $"{RelatedSubject}，问题见第{findingPage}页：{Note(f)}";
}
