using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>FA3012: a unit printed twice (“万元万元”, “%%”) or a rate printed without “%”.</summary>
public sealed class UnitTypoRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3012", "单位书写错误", Severity.Warning, RuleCategories.Narrative,
        "是否有“万元万元”“%%”或比率缺少“%”。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.IsTemplate
            ? Enumerable.Empty<Finding>()
            : disclosure.Narrative.Marks.Where(m => m.Kind is TextMarkKind.DoubledUnit || m.Kind is TextMarkKind.RateWithoutPercent && !IsFundsFraction(m, disclosure)).Select(m =>
                Rule.Report(
                    m.Kind == TextMarkKind.DoubledUnit ? $"单位重复“{m.Text}”：…{m.Context}…" : $"比率缺少“%”：“{m.Text}”（…{m.Context}…）",
                    FindingLocation.At(m.Location), null, m.Text));

    /// <summary>A rate an evaluation's funds sentence prints as a fraction (“预算执行率0.9554”): the rate 95.54%, checked by FA4004, not missing its “%”.</summary>
    private static bool IsFundsFraction(TextMark mark, Disclosure disclosure) =>
        disclosure.Evaluations.Projects.Any(p => p.Funds is { RateAsFraction: true, Location: { } sentence } && sentence.Spans(mark.Location));
}
