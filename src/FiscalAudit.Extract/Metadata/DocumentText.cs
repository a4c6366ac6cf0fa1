using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.Metadata;

/// <summary>The text-bearing blocks of a document (headings and paragraphs) with their places.</summary>
internal static class DocumentText
{
    public static IEnumerable<(string Text, SourceLocation Location)> Lines(SourceDocument document) =>
        document.Blocks.Select(b => b switch
        {
            HeadingBlock h => (h.Text, h.Location),
            ParagraphBlock p => (p.Text, p.Location),
            _ => (string.Empty, b.Location),
        }).Where(x => x.Item1.Length > 0);
}
