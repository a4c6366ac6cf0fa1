using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Rules.Targets;

/// <summary>FA6606: a form whose indicators show their 一级指标 has every one its template asks for (产出、效益、满意度指标).</summary>
public sealed class MissingLevelRule : TargetRule
{
    public static readonly RuleDescriptor Rule = Describe(
        "FA6606", "绩效目标表缺少一级指标", Severity.Warning,
        "绩效目标表是否包含模板要求的各个一级指标。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(Disclosure disclosure, TargetForm form)
    {
        var present = form.Indicators.Select(i => i.Level1).OfType<string>().Select(TargetChecks.Key).ToHashSet();
        if (present.Count == 0) yield break;
        var missing = TargetChecks.Default.Level1Of(disclosure).Where(l => !present.Contains(TargetChecks.Key(l))).ToList();
        if (missing.Count > 0)
            yield return Rule.Report($"{form.Subject}的绩效目标表没有{string.Join("、", missing)}", FindingLocation.At(form.Location));
    }
}
