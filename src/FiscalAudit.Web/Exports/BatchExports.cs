using System.IO.Compression;
using FiscalAudit.Reports;
using FiscalAudit.Reports.Xlsx;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Exports;

/// <summary>
/// The reports of a whole batch, once every file is checked: one ledger over all its documents (the
/// refused files listed in 汇总), or a zip of one 审核意见书 / annotated PDF per document.
/// </summary>
public sealed class BatchExports(AuditDbContext db, Visibility visibility, DocumentAudit audit)
{
    /// <summary>Lists, inside a zip, the documents whose file could not be made.</summary>
    public const string MissingListName = "未能生成的文件.txt";

    public async Task<ExportFile> ExportAsync(long id, ExportFormat format, CancellationToken cancellation)
    {
        if (!await visibility.Batches(db.Batches).AnyAsync(b => b.Id == id, cancellation))
            throw new ExportRefusedException(StatusCodes.Status404NotFound, $"没有编号为 {id} 的批次。");
        var documents = await visibility.Documents(db.Documents, db.Batches).AsNoTracking().Where(d => d.BatchId == id).OrderBy(d => d.Position).ToListAsync(cancellation);
        if (documents.Any(d => !d.Status.IsFinished()))
            throw new ExportRefusedException(StatusCodes.Status409Conflict, "该批次还有文件在排队或审核中，请全部审核完成后再导出。");
        var output = ExportBuffer.Create();
        try
        {
            var name = $"批次{id}";
            if (format == ExportFormat.Xlsx)
            {
                await WriteLedgerAsync(documents, output, cancellation);
                return ExportBuffer.Ready(name + DocumentExports.LedgerSuffix, format.MediaType(), output);
            }
            await WriteZipAsync(documents, format, output, cancellation);
            return ExportBuffer.Ready(name + (format == ExportFormat.Pdf ? ".审核标注PDF.zip" : ".审核意见书.zip"), ExportFormats.ZipType, output);
        }
        catch
        {
            await output.DisposeAsync();
            throw;
        }
    }

    private async Task WriteLedgerAsync(IEnumerable<Document> documents, Stream output, CancellationToken cancellation)
    {
        var ledger = new XlsxLedger();
        foreach (var document in documents)
        {
            if (document.Status == DocumentStatus.Rejected) ledger.AddSkipped(document.File, document.Reason ?? "未受理。");
            else
            {
                var audited = await audit.AuditAsync(document, cancellation);
                ledger.Add(audited.Report);
                ledger.AddFixed(audited.Fixed);
            }
        }
        ledger.Save(output);
    }

    /// <summary>One file per checked document (for pdf: per PDF document); refused files and failures are listed in <see cref="MissingListName"/>.</summary>
    private async Task WriteZipAsync(IEnumerable<Document> documents, ExportFormat format, Stream output, CancellationToken cancellation)
    {
        var names = new ReportFileNames();
        var missing = new List<string>();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var document in documents)
            {
                try
                {
                    var audited = await audit.AuditAsync(document, cancellation);
                    if (format == ExportFormat.Pdf && !audited.IsPdf) continue;
                    using var buffer = new MemoryStream();
                    ReportWriter.Write(audited, format, buffer);
                    var entry = zip.CreateEntry(names.Take(ReportWriter.FileName(audited, format), ReportWriter.Suffix(format)), CompressionLevel.Fastest);
                    await using var stream = entry.Open();
                    buffer.Position = 0;
                    await buffer.CopyToAsync(stream, cancellation);
                }
                catch (ExportRefusedException e)
                {
                    missing.Add(e.Message);
                }
            }
            if (missing.Count > 0)
            {
                await using var list = new StreamWriter(zip.CreateEntry(MissingListName).Open(), new System.Text.UTF8Encoding(true));
                foreach (var line in missing) await list.WriteLineAsync(line);
            }
        }
        if (names.Count == 0 && missing.Count == 0)
            throw new ExportRefusedException(StatusCodes.Status404NotFound, format == ExportFormat.Pdf ? "该批次没有 PDF 文件，没有标注副本可导出。" : "该批次没有可导出的文件。");
    }
}
