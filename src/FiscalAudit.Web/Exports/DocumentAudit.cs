using FiscalAudit.Reports;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.PreviousYears;
using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Exports;

/// <summary>
/// The reports need the audited disclosure, which the web does not store: this runs the engine again
/// on the stored bytes under the name they were checked under — deterministic, so the findings and
/// their ids are those of the stored document object (checked with the previous-year document and the same year's budget when it was paired).
/// Each finding carries the reviewer's decision on it (确认问题 / 已忽略 with the reason), taken from the decisions
/// of the document's line of versions as the CLI takes them from a --review file: the reports print them. A corrected
/// version also brings the findings of the version before that are gone (<see cref="FixedFindings"/>).
/// </summary>
public sealed class DocumentAudit(AuditDbContext db, DocumentQueries documents, LimitedAudit auditor, PreviousYearChecker previousYears, FindingReview review, FixedFindings fixedFindings)
{
    public async Task<AuditedDocument> AuditAsync(Document document, CancellationToken cancellation)
    {
        if (document.Status == DocumentStatus.Rejected || document.Hash is null)
            throw new ExportRefusedException(StatusCodes.Status409Conflict, $"文件“{document.File}”未受理，没有审核结果：{document.Reason}");
        if (!document.Status.IsFinished())
            throw new ExportRefusedException(StatusCodes.Status409Conflict, $"文件“{document.File}”还在排队或审核中，请审核完成后再导出。");
        var content = await documents.ContentAsync(document, cancellation)
            ?? throw new ExportRefusedException(StatusCodes.Status404NotFound, $"没有找到文件“{document.File}”保存的内容。");
        var name = await AuditedName.OfAsync(db, document.Hash, cancellation);
        var result = await previousYears.WithPairingsAsync(document, auditor.Audit(name, content, cancellation), cancellation);
        var book = await review.BookAsync(ReviewSubject.ThreadOf(document), cancellation);
        var report = new DocumentReport(document.File, result.Disclosure, result.Findings.Select(book.Apply).ToList(), result.ReadError);
        var isPdf = Path.GetExtension(name).Equals(".pdf", StringComparison.OrdinalIgnoreCase);
        return new AuditedDocument(report, content, isPdf, await fixedFindings.OfAsync(document, book, cancellation));
    }
}
