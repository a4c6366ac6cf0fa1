using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Reports;

/// <summary>What a report prints for one file.</summary>
public sealed record DocumentReport(string File, Disclosure? Disclosure, IReadOnlyList<Finding> Findings, string? ReadError);
