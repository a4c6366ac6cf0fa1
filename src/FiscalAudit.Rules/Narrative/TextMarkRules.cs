using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>FA3011: placeholders (“XX”, “××”, “某某”) left in a published document.</summary>
public sealed class PlaceholderRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3011", "遗留占位符", Severity.Warning, RuleCategories.Narrative,
        "正文或表格中残留“XX”“××”“某某”等模板占位符。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.IsTemplate
            ? Enumerable.Empty<Finding>()
            : disclosure.Narrative.Marks.Where(m => m.Kind == TextMarkKind.Placeholder).Select(m =>
                Rule.Report($"残留占位符“{m.Text}”：…{m.Context}…", FindingLocation.At(m.Location), null, m.Text));
}

/// <summary>FA3012: a unit printed twice (“万元万元”, “%%”) or a rate printed without “%”.</summary>
public sealed class UnitTypoRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3012", "单位书写错误", Severity.Warning, RuleCategories.Narrative,
        "金额或百分号重复（“万元万元”“%%”），或比率缺少“%”。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.Narrative.Marks.Where(m => m.Kind is TextMarkKind.DoubledUnit or TextMarkKind.RateWithoutPercent).Select(m =>
            Rule.Report(
                m.Kind == TextMarkKind.DoubledUnit ? $"单位重复“{m.Text}”：…{m.Context}…" : $"比率缺少“%”：“{m.Text}”（…{m.Context}…）",
                FindingLocation.At(m.Location), null, m.Text));
}
