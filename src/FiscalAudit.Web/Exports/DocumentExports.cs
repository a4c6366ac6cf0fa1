using FiscalAudit.Reports.Xlsx;
using FiscalAudit.Web.Application;

namespace FiscalAudit.Web.Exports;

/// <summary>The reports of one uploaded document: its ledger (xlsx), its 审核意见书 (docx) or its annotated copy (pdf).</summary>
public sealed class DocumentExports(DocumentQueries documents, DocumentAudit audit)
{
    public const string LedgerSuffix = ".审核问题清单.xlsx";

    public async Task<ExportFile> ExportAsync(long id, ExportFormat format, CancellationToken cancellation)
    {
        var document = await documents.FindAsync(id, cancellation)
            ?? throw new ExportRefusedException(StatusCodes.Status404NotFound, $"没有编号为 {id} 的文件。");
        var audited = await audit.AuditAsync(document, cancellation);
        var output = ExportBuffer.Create();
        try
        {
            if (format == ExportFormat.Xlsx)
            {
                var ledger = new XlsxLedger();
                ledger.Add(audited.Report);
                ledger.AddFixed(audited.Fixed);
                ledger.Save(output);
                return ExportBuffer.Ready(Path.GetFileNameWithoutExtension(document.File) + LedgerSuffix, format.MediaType(), output);
            }
            ReportWriter.Write(audited, format, output);
            return ExportBuffer.Ready(ReportWriter.FileName(audited, format), format.MediaType(), output);
        }
        catch
        {
            await output.DisposeAsync();
            throw;
        }
    }
}
