using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>
/// Enumerates the block-level content of a Word container (body or cell), table rows and row cells,
/// looking through content controls (w:sdt) and custom XML wrappers, and the text boxes anchored in a paragraph.
/// </summary>
internal static class WordContent
{
    /// <summary>Paragraphs and tables in document order.</summary>
    public static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container) =>
        Unwrap(container, e => e is Paragraph or Table);

    /// <summary>
    /// The contents of the text boxes anchored in <paramref name="paragraph"/> (not those inside another box): a box Word
    /// writes twice, as a drawing and as a VML fallback (mc:AlternateContent), is taken once, from the drawing.
    /// </summary>
    public static IEnumerable<TextBoxContent> TextBoxes(Paragraph paragraph) =>
        paragraph.Descendants<TextBoxContent>().Where(box => box.Ancestors().TakeWhile(a => a != paragraph)
            .All(a => a is not TextBoxContent and not AlternateContentFallback));

    /// <summary>The rows of <paramref name="table"/>, without those a tracked revision deleted (w:trPr/w:del): they are no longer in the document.</summary>
    public static IEnumerable<TableRow> Rows(Table table) =>
        Unwrap(table, e => e is TableRow).Cast<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<Deleted>() is null);

    /// <summary>The cells of <paramref name="row"/>, without those a tracked revision deleted (w:tcPr/w:cellDel).</summary>
    public static IEnumerable<TableCell> Cells(TableRow row) =>
        Unwrap(row, e => e is TableCell).Cast<TableCell>().Where(c => c.TableCellProperties?.GetFirstChild<CellDeletion>() is null);

    private static IEnumerable<OpenXmlElement> Unwrap(OpenXmlElement parent, Func<OpenXmlElement, bool> wanted)
    {
        foreach (var child in parent.ChildElements)
        {
            if (wanted(child))
            {
                yield return child;
            }
            else if (IsWrapper(child))
            {
                foreach (var inner in Unwrap(child, wanted)) yield return inner;
            }
        }
    }

    private static bool IsWrapper(OpenXmlElement e) =>
        e is SdtElement or SdtContentBlock or SdtContentRow or SdtContentCell or CustomXmlElement;
}
