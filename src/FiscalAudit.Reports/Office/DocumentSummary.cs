using System.Globalization;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Reports.Office;

/// <summary>
/// One document as the office reports name and count it: file, department, year and kind as printed (a budget's level: 部门预算 / 单位预算)
/// (“未识别” when unknown), the findings by severity without the waived ones, the waived ones, and the
/// conclusion (无错误 / 有 N 条错误 / 无法读取：… / 未审核：…, a blank template's led by <see cref="TemplateNote"/>); <see cref="Checked"/> is false for a file
/// that was not checked at all, <see cref="Unreadable"/> true for one that could not be read; <see cref="SetFiles"/> the
/// other files of its document set, checked with it (empty when checked alone). Holds only
/// strings and numbers.
/// </summary>
public sealed record DocumentSummary(
    string File,
    string Department,
    int? Year,
    string Kind,
    int Errors,
    int Warnings,
    int Infos,
    int Waived,
    string Conclusion,
    bool Checked = true,
    bool Unreadable = false,
    string SetFiles = "",
    bool IsTemplate = false)
{
    /// <summary>What a blank template is, wherever it is shown: its tables print no figures, so only its completeness was checked.</summary>
    public const string TemplateNote = "空白模板：表中没有数字，只检查了完整性";

    private const string Unrecognised = "未识别";
    private const string NotApplicable = "—";

    public string YearText => Year?.ToString(CultureInfo.InvariantCulture) ?? (Checked ? Unrecognised : NotApplicable);

    public static DocumentSummary Of(DocumentReport report)
    {
        var counted = report.Findings.Where(f => !f.IsWaived).ToList();
        var errors = counted.Count(f => f.Severity == Severity.Error);
        var d = report.Disclosure;
        var conclusion = report.ReadError is not null ? $"无法读取：{report.ReadError}"
            : d?.IsTemplate == true ? TemplateNote + (errors > 0 ? $"；有 {errors} 条错误" : string.Empty)
            : errors > 0 ? $"有 {errors} 条错误"
            : "无错误";
        return new DocumentSummary(
            report.File,
            d?.Department ?? Unrecognised,
            d?.Year,
            d?.KindName ?? Unrecognised,
            errors,
            counted.Count(f => f.Severity == Severity.Warning),
            counted.Count(f => f.Severity == Severity.Info),
            report.Findings.Count - counted.Count,
            conclusion,
            Unreadable: report.ReadError is not null,
            SetFiles: string.Join("、", report.SetFiles.Select(Path.GetFileName)),
            IsTemplate: d?.IsTemplate == true);
    }

    /// <summary>A file that was not checked (a .doc, an archive …) and why.</summary>
    public static DocumentSummary Skipped(string file, string reason) =>
        new(file, NotApplicable, null, NotApplicable, 0, 0, 0, 0, $"未审核：{reason}", Checked: false);
}
