using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Review;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli.Outputs;

/// <summary>--write-review FILE: a decisions file listing every current finding (its decision, or "open").</summary>
public sealed class ReviewFileSink : IResultSink
{
    private readonly string path;
    private readonly List<(string File, Finding Finding)> findings = new();

    public ReviewFileSink(string path)
    {
        this.path = path;
    }

    public void Add(AuditResult result, DocumentReport report) => findings.AddRange(result.Findings.Select(f => (result.File, f)));

    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions)
    {
        using var file = OutputPaths.Create(path);
        ReviewFile.Write(file, findings);
    }
}
