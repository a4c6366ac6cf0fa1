using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli.Outputs;

/// <summary>One output of a check run: takes each document's result as soon as it is ready, then the end of the run.</summary>
public interface IResultSink
{
    void Add(AuditResult result, DocumentReport report);

    void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions);
}
