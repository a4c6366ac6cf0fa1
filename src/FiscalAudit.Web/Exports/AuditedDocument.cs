using FiscalAudit.Core.Findings;
using FiscalAudit.Reports;

namespace FiscalAudit.Web.Exports;

/// <summary>
/// One uploaded document audited again for its reports: the report under its uploaded name, its bytes, and for a
/// corrected version the findings of the version before that no longer occur (已整改).
/// </summary>
public sealed record AuditedDocument(DocumentReport Report, byte[] Content, bool IsPdf, IReadOnlyList<ReviewDecision> Fixed);
