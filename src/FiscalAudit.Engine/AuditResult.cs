using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Engine;

/// <summary>The outcome for one file: the extracted disclosure (null when unreadable) and its findings.</summary>
public sealed record AuditResult(string File, Disclosure? Disclosure, IReadOnlyList<Finding> Findings, string? ReadError)
{
    public bool Unreadable => ReadError is not null;

    /// <summary>The other files of its document set (<see cref="Pairing.DocumentSets"/>), checked together with it; empty when checked alone.</summary>
    public IReadOnlyList<string> Set { get; init; } = Array.Empty<string>();

    /// <summary>An error finding the reviewer has not waived.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error && !f.IsWaived);
}
