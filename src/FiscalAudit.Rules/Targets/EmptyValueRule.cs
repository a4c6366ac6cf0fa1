using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Rules.Targets;

/// <summary>FA6604: every indicator of a form has a 指标值.</summary>
public sealed class EmptyValueRule : TargetRule
{
    public static readonly RuleDescriptor Rule = Describe(
        "FA6604", "绩效目标表指标值为空", Severity.Warning, "绩效目标表的每个指标是否都填写了指标值。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(Disclosure disclosure, TargetForm form) =>
        form.Indicators.Where(i => i.IsEmpty).Select(i => Rule.Report(
            $"{form.Subject}的指标“{i.Path}”未填写指标值", FindingLocation.At(i.Location)));
}
