namespace FiscalAudit.Web.Exports;

/// <summary>A report ready to send: the name the reviewer's browser saves it under, its media type and its bytes (from the start).</summary>
public sealed record ExportFile(string Name, string MediaType, Stream Content);
