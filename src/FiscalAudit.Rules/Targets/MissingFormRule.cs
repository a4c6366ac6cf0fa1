using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Targets;

/// <summary>
/// FA6608: under a template that requires a 项目支出绩效目标表 for every project (projectTargets.forms “always”), each
/// project the 绩效目标设置情况 lists has one, and there are as many forms as it counts. Templates that let budgets
/// refer to forms published by their units (上海, 江苏: “whenPublished”) are never checked.
/// </summary>
public sealed class MissingFormRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6608", "缺少项目支出绩效目标表", Severity.Warning, RuleCategories.ProjectTargets,
        "绩效目标设置情况所列每个项目是否都有目标表。", new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var targets = disclosure.ProjectTargets;
        if (disclosure.Template?.ProjectTargets is not { Required: true } || targets.Statement is not { } statement) yield break;
        var missing = statement.Projects.Where(p => !targets.Forms.Any(f => TargetChecks.SameProject(f.Project.Text, p.Name))).ToList();
        foreach (var project in missing)
            yield return Rule.Report($"绩效目标设置情况列出的项目“{project.Name}”（{project.Amount.Number.Text}万元）没有项目支出绩效目标表", FindingLocation.At(project.Amount.Location));
        var projects = targets.Forms.Select(f => TargetChecks.Key(f.Project.Text)).Distinct().Count();
        if (missing.Count == 0 && statement.Count is { } count && count.Number.Value > projects)
            yield return Rule.Report($"绩效目标设置情况说编报绩效目标的项目共 {count.Number.Text} 个，但文件只有 {projects} 个项目的项目支出绩效目标表", FindingLocation.At(count.Location), count.Number.Value, projects);
    }
}
