using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Reports;
using FiscalAudit.Reports.Xlsx;

namespace FiscalAudit.Cli.Outputs;

/// <summary>--format xlsx: the ledger (问题清单, 汇总, 检查表, 已整改), saved when the run ends.</summary>
public sealed class XlsxSink : IResultSink
{
    private readonly string path;
    private readonly XlsxLedger ledger = new();

    public XlsxSink(string path)
    {
        this.path = path;
    }

    public void Add(AuditResult result, DocumentReport report) => ledger.Add(report);

    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions)
    {
        foreach (var s in skipped) ledger.AddSkipped(s.File, s.Reason);
        ledger.AddFixed(fixedDecisions);
        using var file = OutputPaths.Create(path);
        ledger.Save(file);
    }
}
