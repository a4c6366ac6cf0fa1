using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli.Outputs;

/// <summary>The JSON report, streamed: each document is written and flushed as soon as it is ready.</summary>
public sealed class JsonSink : IResultSink, IDisposable
{
    private readonly Stream stream;
    private readonly JsonReport report;

    public JsonSink(Stream stream)
    {
        this.stream = stream;
        report = new JsonReport(stream);
    }

    public void Add(AuditResult result, DocumentReport document) => report.Add(document);

    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions)
    {
        report.Complete(skipped, fixedDecisions);
        stream.Flush();
    }

    public void Dispose()
    {
        report.Dispose();
        stream.Dispose();
    }
}
