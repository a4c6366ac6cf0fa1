using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Rules.Targets;

/// <summary>FA6605: the 指标值 of a 数量、质量 or 成本指标 states a number (project-targets.json lists them).</summary>
public sealed class UnquantifiedRule : TargetRule
{
    public static readonly RuleDescriptor Rule = Describe(
        "FA6605", "绩效目标表应量化的指标未量化", Severity.Info,
        "数量、质量、成本指标的指标值是否写成了数值。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(Disclosure disclosure, TargetForm form)
    {
        var quantified = TargetChecks.Default.Quantified;
        return form.Indicators
            .Where(i => !i.IsEmpty && !i.Value.IsNumeric && i.Level2 is string l2 && quantified.Contains(TargetChecks.Key(l2)))
            .Select(i => Rule.Report($"{form.Subject}的{i.Level2}“{i.Name}”指标值为“{i.Value.Text}”，没有可考核的数值", FindingLocation.At(i.Location)));
    }
}
