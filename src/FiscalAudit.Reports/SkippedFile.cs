namespace FiscalAudit.Reports;

/// <summary>A file that was not checked (a format FiscalAudit cannot read), with the reason and what to do.</summary>
public sealed record SkippedFile(string File, string Reason);
