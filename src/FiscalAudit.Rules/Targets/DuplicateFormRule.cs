using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Targets;

/// <summary>FA6607: each project has one 项目支出绩效目标表.</summary>
public sealed class DuplicateFormRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6607", "同一项目重复填报绩效目标表", Severity.Warning, RuleCategories.ProjectTargets,
        "同一项目是否重复填报了绩效目标表。", new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.ProjectTargets.Forms.GroupBy(f => TargetChecks.Key(f.Project.Text)).Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(f => Rule.Report(
                $"项目“{f.Project.Text}”已有绩效目标表（{g.First().Location.Describe()}），此处又出现一张",
                FindingLocation.At(f.Location), related: new[] { FindingLocation.At(g.First().Location) })));
}
