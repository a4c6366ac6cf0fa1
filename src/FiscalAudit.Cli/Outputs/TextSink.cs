using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli.Outputs;

/// <summary>The text report, printed per document as each is ready.</summary>
public sealed class TextSink : IResultSink
{
    private readonly TextReport report;

    public TextSink(TextWriter output, bool explain)
    {
        report = new TextReport(output, explain);
    }

    public void Add(AuditResult result, DocumentReport document) => report.Add(document);

    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions) => report.Complete(skipped, fixedDecisions);
}
