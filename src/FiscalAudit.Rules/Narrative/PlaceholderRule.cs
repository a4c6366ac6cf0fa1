using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>FA3011: placeholders (“XX”, “××”, “某某”) left in a published document.</summary>
public sealed class PlaceholderRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3011", "遗留占位符", Severity.Warning, RuleCategories.Narrative,
        "正文和表格中是否残留“XX”“某某”等占位符。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.IsTemplate
            ? Enumerable.Empty<Finding>()
            : disclosure.Narrative.Marks.Where(m => m.Kind == TextMarkKind.Placeholder).Select(m =>
                Rule.Report($"残留占位符“{m.Text}”：…{m.Context}…", FindingLocation.At(m.Location), null, m.Text));
}
