using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli.Outputs;

/// <summary>When the report goes to a file: one line on the screen saying where, with the totals.</summary>
public sealed class SummarySink : IResultSink
{
    private readonly TextWriter output;
    private readonly string path;
    private readonly RunTally tally = new();

    public SummarySink(TextWriter output, string path)
    {
        this.output = output;
        this.path = path;
    }

    public void Add(AuditResult result, DocumentReport report) => tally.Add(report);

    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions) =>
        output.WriteLine($"已写入 {path}。{tally.Summary(skipped.Count)}");
}
