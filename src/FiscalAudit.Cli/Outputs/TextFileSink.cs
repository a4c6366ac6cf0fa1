using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli.Outputs;

/// <summary>The text report written to a UTF-8 file (--out with --format text).</summary>
public sealed class TextFileSink : IResultSink, IDisposable
{
    private readonly StreamWriter writer;
    private readonly TextSink text;

    public TextFileSink(string path, bool explain)
    {
        writer = new StreamWriter(OutputPaths.Create(path), new UTF8Encoding(false));
        text = new TextSink(writer, explain);
    }

    public void Add(AuditResult result, DocumentReport report) => text.Add(result, report);

    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions) => text.Complete(skipped, fixedDecisions);

    public void Dispose() => writer.Dispose();
}
