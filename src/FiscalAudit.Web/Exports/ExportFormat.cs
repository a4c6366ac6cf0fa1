namespace FiscalAudit.Web.Exports;

/// <summary>The reports a reviewer can download: the xlsx ledger, the docx 审核意见书 and the annotated PDF.</summary>
public enum ExportFormat
{
    Xlsx,
    Docx,
    Pdf,
}

/// <summary>The query value (xlsx|docx|pdf) and the media type of each <see cref="ExportFormat"/>.</summary>
public static class ExportFormats
{
    public const string Choices = "xlsx、docx 或 pdf";

    public const string ZipType = "application/zip";

    public static ExportFormat? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "xlsx" => ExportFormat.Xlsx,
        "docx" => ExportFormat.Docx,
        "pdf" => ExportFormat.Pdf,
        _ => null,
    };

    public static string MediaType(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/pdf",
    };
}
