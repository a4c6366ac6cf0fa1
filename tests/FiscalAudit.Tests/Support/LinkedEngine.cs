using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Rules;

namespace FiscalAudit.Tests.Support;

/// <summary>
/// The engine as a later version may be: the findings of some rules also list 表五's 合计 (the whole a share of the 情况说明
/// is of, found in the table), everything else as now. Its findings differ from today's only by that related place.
/// </summary>
public static class LinkedEngine
{
    public static AuditProfile Profile(params string[] ruleIds)
    {
        var today = new AuditProfile();
        var rules = today.Catalog.Rules.Select(r => ruleIds.Contains(r.Descriptor.Id) ? new LinksTableTotal(r, "T5") : r).ToList();
        return today with { Catalog = new RuleCatalog(rules, today.Catalog.Templates) };
    }

    private sealed class LinksTableTotal(IRule rule, string table) : IRule
    {
        public RuleDescriptor Descriptor => rule.Descriptor;

        public IEnumerable<Finding> Check(Disclosure disclosure)
        {
            var total = disclosure.Table(table) is { } t && t.Rows.FirstOrDefault(r => r.Key == "合计") is { } row
                ? FindingLocation.ForCell(t, row, StandardColumns.Total)
                : null;
            return rule.Check(disclosure).Select(f => total is null ? f : f with { Related = [.. f.RelatedLocations, total] });
        }
    }
}
