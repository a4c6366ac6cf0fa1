using FiscalAudit.Core.Findings;

namespace FiscalAudit.Core.Model;

/// <summary>One check. Rules never parse text: they read the <see cref="Disclosure"/> and emit findings.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<Finding> Check(Disclosure disclosure);
}
