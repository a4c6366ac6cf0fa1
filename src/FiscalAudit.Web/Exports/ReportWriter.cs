using FiscalAudit.Reports.Docx;
using FiscalAudit.Reports.Pdf;

namespace FiscalAudit.Web.Exports;

/// <summary>The per-document reports — the 审核意见书 and the annotated PDF — written by the report library, with their file names.</summary>
public static class ReportWriter
{
    public static string FileName(AuditedDocument document, ExportFormat format) => format == ExportFormat.Pdf
        ? PdfAnnotator.CopyName(document.Report.File)
        : ReviewOpinionDocx.FileName(document.Report.File);

    /// <summary>How the report's file name ends after the document's own name.</summary>
    public static string Suffix(ExportFormat format) => format == ExportFormat.Pdf ? PdfAnnotator.CopySuffix : ReviewOpinionDocx.FileSuffix;

    /// <summary>Writes the docx or the annotated PDF; refuses a PDF copy of a file that is not a PDF, or one the PDF library cannot annotate.</summary>
    public static void Write(AuditedDocument document, ExportFormat format, Stream output)
    {
        if (format != ExportFormat.Pdf)
        {
            ReviewOpinionDocx.Write(output, document.Report);
            return;
        }
        if (!document.IsPdf)
            throw new ExportRefusedException(StatusCodes.Status400BadRequest, $"“{document.Report.File}”不是 PDF 文件，没有标注副本；请导出 xlsx 问题清单或 docx 审核意见书。");
        try
        {
            PdfAnnotator.Annotate(document.Content, document.Report.Findings, output);
        }
        catch (InvalidDataException e)
        {
            throw new ExportRefusedException(StatusCodes.Status422UnprocessableEntity, $"未能生成“{document.Report.File}”的标注副本：{e.Message}");
        }
    }
}
