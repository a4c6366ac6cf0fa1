using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Reports;
using FiscalAudit.Reports.Docx;

namespace FiscalAudit.Cli.Outputs;

/// <summary>
/// --format docx: one 审核意见书 per document, written as soon as the document is checked — into the
/// --out file for a single document, or as &lt;name&gt;.审核意见.docx into the --out folder for several.
/// </summary>
public sealed class DocxSink : IResultSink
{
    private readonly string? file;
    private readonly string? folder;
    private readonly ReportFileNames names = new();

    private DocxSink(string? file, string? folder)
    {
        this.file = file;
        this.folder = folder;
    }

    /// <summary>A file when one document is checked and --out is not a folder; otherwise a folder.</summary>
    public static DocxSink For(string outPath, int documents) =>
        documents <= 1 && !Directory.Exists(outPath) && outPath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            ? new DocxSink(OutputPaths.CheckFile("--out", outPath), null)
            : new DocxSink(null, OutputPaths.CheckFolder("--out", outPath));

    public void Add(AuditResult result, DocumentReport report)
    {
        var path = file ?? Path.Combine(folder!, names.Take(Path.GetFileNameWithoutExtension(result.File) + ReviewOpinionDocx.FileSuffix, ReviewOpinionDocx.FileSuffix));
        using var output = OutputPaths.Create(path);
        ReviewOpinionDocx.Write(output, report);
    }

    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions)
    {
    }
}
