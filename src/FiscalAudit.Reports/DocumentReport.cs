using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Reports;

/// <summary>
/// What a report prints for one file. <see cref="Set"/> names the other files of its document set, checked together
/// with it (the narrative and the tables published apart); empty when it was checked alone.
/// </summary>
public sealed record DocumentReport(string File, Disclosure? Disclosure, IReadOnlyList<Finding> Findings, string? ReadError, IReadOnlyList<string>? Set = null)
{
    /// <summary>The other files of the set; empty when checked alone.</summary>
    public IReadOnlyList<string> SetFiles => Set ?? Array.Empty<string>();
}
