using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Rules.Targets;

/// <summary>A rule that checks each target form of a budget on its own: every 项目支出绩效目标表 and 部门整体支出绩效目标表.</summary>
public abstract class TargetRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.ProjectTargets.AllForms.SelectMany(form => Check(disclosure, form));

    protected abstract IEnumerable<Finding> Check(Disclosure disclosure, TargetForm form);

    /// <summary>The descriptor of a 绩效目标 rule, for budgets.</summary>
    protected static RuleDescriptor Describe(string id, string title, Severity severity, string summary) =>
        new(id, title, severity, RuleCategories.ProjectTargets, summary, new[] { DocumentKind.Budget });
}
