using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Support;

/// <summary>
/// Base of the arithmetic table rules: they do not run on blank templates, and only see tables that
/// carry figures (not placeholders, not empty).
/// </summary>
public abstract class FigureRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.IsTemplate ? Enumerable.Empty<Finding>() : CheckFigures(disclosure).OfType<Finding>();

    /// <summary>Yields null for "checked, consistent" so that checks can be written as one expression each.</summary>
    protected abstract IEnumerable<Finding?> CheckFigures(Disclosure disclosure);

    /// <summary>The table when it exists and carries figures; otherwise null.</summary>
    protected internal static FiscalTable? Figures(Disclosure disclosure, string id) =>
        disclosure.Table(id) is { IsPlaceholder: false, HasNoFigures: false } table ? table : null;
}
