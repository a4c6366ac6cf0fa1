using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Formulas;
using FiscalAudit.Rules.Templates;

namespace FiscalAudit.Rules;

/// <summary>Every rule FiscalAudit has, ordered by id.</summary>
public sealed class RuleCatalog
{
    public RuleCatalog(IReadOnlyList<IRule> rules)
    {
        Rules = rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>All public rules of this assembly with a parameterless constructor, and the formula rules of the national 决算 and the budget templates.</summary>
    public static RuleCatalog Default { get; } = new(
        typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .Concat(FormulaRule.From(TableTemplate.National))
            .Concat(FormulaRule.From(TableTemplate.Budget))
            .ToList());

    public IReadOnlyList<IRule> Rules { get; }

    public IEnumerable<RuleDescriptor> Descriptors => Rules.Select(r => r.Descriptor).Concat(ReadingRules.All).OrderBy(d => d.Id, StringComparer.Ordinal);

    public RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
