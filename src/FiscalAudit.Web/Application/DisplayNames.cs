using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Reports.Office;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application;

/// <summary>The Chinese words for the JSON names of kinds, statuses and severities, from their one definition each.</summary>
public static class DisplayNames
{
    public static IReadOnlyDictionary<string, string> Kinds { get; } =
        Enum.GetValues<DocumentKind>().ToDictionary(k => k.ToJsonName(), k => k.ToChinese());

    public static IReadOnlyDictionary<string, string> Statuses { get; } =
        Enum.GetValues<DocumentStatus>().ToDictionary(StatusNames.ToName, s => s.ToChinese());

    public static IReadOnlyDictionary<string, string> Severities { get; } =
        Enum.GetValues<Severity>().ToDictionary(s => s.ToJsonName(), s => s.ToChinese());

    /// <summary>A batch's status: queued, running, done.</summary>
    public static IReadOnlyDictionary<string, string> BatchStatuses { get; } =
        new Dictionary<string, string> { ["queued"] = "排队中", ["running"] = "审核中", ["done"] = "已完成" };

    public static IReadOnlyDictionary<string, string> Levels { get; } =
        Enum.GetValues<BudgetLevel>().ToDictionary(l => l.ToJsonName(), l => l.ToChinese());

    /// <summary>What a blank template is (its tables print no figures: only its completeness was checked), as the reports say it.</summary>
    public const string Template = DocumentSummary.TemplateNote;

    /// <summary>The kind as reviewers name it: a budget by its level (部门预算 / 单位预算).</summary>
    public static string Kind(string? json, string? level = null) =>
        level is not null && Levels.TryGetValue(level, out var byLevel) ? byLevel
        : json is not null && Kinds.TryGetValue(json, out var name) ? name : "—";
}
