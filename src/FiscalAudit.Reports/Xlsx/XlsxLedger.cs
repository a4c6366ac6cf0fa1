using FiscalAudit.Core.Findings;
using FiscalAudit.Reports.Office;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>
/// The Excel result of a run (结果.xlsx), filled as documents are ready: sheets 问题清单 (one row per
/// finding), 汇总 (one row per file, skipped files included), 检查表 (the bureau's check sheet, one row per
/// part of each document) and, when decisions were fixed, 已整改. Keeps only strings and numbers of each
/// document, never its disclosure. Not thread-safe: add from one thread.
/// </summary>
public sealed class XlsxLedger
{
    private readonly List<LedgerDocument> documents = new();
    private readonly List<ReviewDecision> fixedDecisions = new();

    /// <summary>Adds a checked document (readable or not).</summary>
    public void Add(DocumentReport report) => documents.Add(LedgerDocument.Of(report));

    /// <summary>Adds a file that was not checked, with the reason and what to do (“请另存为 .docx/.pdf”).</summary>
    public void AddSkipped(string file, string reason) => documents.Add(LedgerDocument.Skipped(file, reason));

    /// <summary>Adds decisions whose finding no longer occurs (已整改).</summary>
    public void AddFixed(IEnumerable<ReviewDecision> decisions) => fixedDecisions.AddRange(decisions);

    /// <summary>Writes the workbook; may be called again after more documents are added.</summary>
    public void Save(Stream output)
    {
        var sheets = new List<SheetTable> { FindingsSheet.Build(documents), SummarySheet.Build(documents), CheckSheet.Build(documents) };
        if (fixedDecisions.Count > 0) sheets.Add(FixedSheet.Build(fixedDecisions));
        OfficeOutput.Write(output, stream => WorkbookWriter.Write(stream, sheets));
    }
}
