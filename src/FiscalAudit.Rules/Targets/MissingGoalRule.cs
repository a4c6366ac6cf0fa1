using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Rules.Targets;

/// <summary>FA6609: a form states its 年度目标.</summary>
public sealed class MissingGoalRule : TargetRule
{
    public static readonly RuleDescriptor Rule = Describe(
        "FA6609", "绩效目标表未填写年度目标", Severity.Warning, "绩效目标表是否写明了年度目标。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(Disclosure disclosure, TargetForm form)
    {
        if (form.Goal is null) yield return Rule.Report($"{form.Subject}的绩效目标表未填写年度目标", FindingLocation.At(form.Location));
    }
}
