namespace FiscalAudit.Web.Exports;

/// <summary>Why a report cannot be made (Chinese), with the HTTP status the API answers.</summary>
public sealed class ExportRefusedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
