using FiscalAudit.Core.Findings;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application;

/// <summary>
/// What a checked blank template's page shows in place of its 错误 / 警告 / 提示 counts (zeros beside the note would read as a
/// document without problems): what it is, then the findings it has — of its completeness, or of a 情况说明 that quotes figures.
/// </summary>
public static class TemplateResult
{
    /// <summary>The sentence shown instead of the counts; null when the document is no checked blank template.</summary>
    public static string? Text(Document document)
    {
        if (!document.IsTemplate || document.Status != DocumentStatus.Done) return null;
        var found = new[] { (Count: document.Errors, Severity.Error), (Count: document.Warnings, Severity.Warning), (Count: document.Infos, Severity.Info) }
            .Where(c => c.Count > 0).Select(c => $"{c.Count} 条{c.Item2.ToChinese()}").ToList();
        return found.Count == 0 ? DisplayNames.Template : $"{DisplayNames.Template}；有 {string.Join("、", found)}";
    }
}
