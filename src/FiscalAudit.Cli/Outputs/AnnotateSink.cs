using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Reports;
using FiscalAudit.Reports.Pdf;

namespace FiscalAudit.Cli.Outputs;

/// <summary>
/// --annotate DIR: for each PDF checked, DIR/&lt;name&gt;.审核标注.pdf with every finding highlighted.
/// The input file is only read. A PDF that cannot be annotated is named on standard error.
/// </summary>
public sealed class AnnotateSink : IResultSink
{
    private readonly string folder;
    private readonly TextWriter messages;
    private readonly Func<string, byte[]> load;
    private readonly ReportFileNames names = new();

    /// <param name="load">The bytes of a checked document by its name (an archive's entry is not on the disk).</param>
    public AnnotateSink(string folder, TextWriter messages, Func<string, byte[]> load)
    {
        this.folder = folder;
        this.messages = messages;
        this.load = load;
    }

    public void Add(AuditResult result, DocumentReport report)
    {
        if (result.Disclosure?.Source.Format != "pdf") return;
        var copy = Path.Combine(folder, names.Take(Path.GetFileNameWithoutExtension(result.File) + PdfAnnotator.CopySuffix, PdfAnnotator.CopySuffix));
        try
        {
            var original = load(result.File);
            using var output = OutputPaths.Create(copy);
            PdfAnnotator.Annotate(original, result.Findings, output);
        }
        catch (Exception e) when (e is InvalidDataException or DocumentReadException)
        {
            File.Delete(copy);
            messages.WriteLine($"未能生成“{result.File}”的标注副本：{e.Message}");
        }
    }

    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions)
    {
        if (names.Count > 0) messages.WriteLine($"已在 {folder} 生成 {names.Count} 个标注 PDF（<文件名>{PdfAnnotator.CopySuffix}）。");
    }
}
