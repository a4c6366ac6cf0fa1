using DocumentFormat.OpenXml.Packaging;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>
/// Reads Word .docx files (and the macro-enabled and template packages of the same kind, .docm .dotx .dotm): heading-styled paragraphs become headings, other paragraphs paragraphs,
/// and real tables tables on their grid with merged cells. Locations carry the 1-based paragraph index
/// as the line, the page when Word's page breaks allow counting, and "表2 第3行第4列" for cells. The page headers and footers are
/// kept apart, as running lines (<see cref="DocxRunningLines"/>).
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public string Format => "docx";

    /// <summary>The extensions of Word packages (content-signatures.json).</summary>
    public static IReadOnlyList<string> Extensions { get; } = ContentSignatures.OfficeByExtension(".docx")!.Reading!.Under;

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => Extensions.Contains(extension);

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default) =>
        OfficePackage.Read(path, content, "Word", ".docx", s => WordprocessingDocument.Open(s, false), d => Read(path, d));

    private static SourceDocument Read(string path, WordprocessingDocument document)
    {
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new DocumentReadException($"文件“{path}”是 ZIP 包，但不含 Word 正文（word/document.xml）。");
        var notes = new List<ReadNote>();
        var styleDefinitions = StylePart.Parsed(document.MainDocumentPart.StyleDefinitionsPart, path, notes);
        var numbering = DocxNumbering.From(StylePart.Parsed(document.MainDocumentPart.NumberingDefinitionsPart, path, notes), styleDefinitions);
        var walker = new DocxBodyWalker(path, DocxHeadingStyles.From(styleDefinitions), DocxPageCounter.For(body), numbering);
        walker.Walk(body);
        var result = new SourceDocument(path, "docx", walker.Blocks, walker.Lines, walker.PageCount)
        {
            RunningLines = DocxRunningLines.Read(path, document.MainDocumentPart, body),
        };
        result.Notes.AddRange(notes);
        return result;
    }
}
