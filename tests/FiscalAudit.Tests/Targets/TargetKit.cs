using System.Text;
using FiscalAudit.Core.Model.Targets;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Targets;

/// <summary>The composed budget with three 项目支出绩效目标表 (Data/targets-budget.md) and what tests compare of a reading.</summary>
internal static class TargetKit
{
    public const string FileName = "targets-budget.md";

    public static string Markdown => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Targets", "Data", FileName));

    public static AuditResult Audit(string text) => new Auditor().Audit(FileName, Encoding.UTF8.GetBytes(text));

    /// <summary>Every form as one line: project, units, funds, goal, then each indicator with its levels and parsed value.</summary>
    public static List<string> Shape(AuditResult result) =>
        result.Disclosure!.ProjectTargets.Forms.Select(f =>
            $"{f.Project.Text}|{f.Supervisor?.Text}|{f.Implementer?.Text}|{f.Total?.Number.Text}|{f.Fiscal?.Number.Text}|{f.Other?.Number.Text}|{f.Goal?.Text}|"
            + string.Join(";", f.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name}={i.Value.Text}:{i.Value.Operator}:{i.Value.Value?.Value}:{i.Value.Unit}"))).ToList();

    /// <summary>The 绩效目标 findings by rule and numbers (lines are placed differently in each format).</summary>
    public static List<string> Findings(AuditResult result) =>
        result.Findings.Where(f => f.RuleId.StartsWith("FA66", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.Expected} {f.Actual}").Order(StringComparer.Ordinal).ToList();
}
