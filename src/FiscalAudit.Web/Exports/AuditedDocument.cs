using FiscalAudit.Reports;

namespace FiscalAudit.Web.Exports;

/// <summary>One uploaded document audited again for its reports: the report under its uploaded name and its bytes.</summary>
public sealed record AuditedDocument(DocumentReport Report, byte[] Content, bool IsPdf);
