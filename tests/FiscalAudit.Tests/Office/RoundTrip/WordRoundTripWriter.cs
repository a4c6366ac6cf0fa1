using DocumentFormat.OpenXml;
using FiscalAudit.Core.Documents;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office.RoundTrip;

/// <summary>
/// Writes a <see cref="SourceDocument"/> as .docx: headings with "heading N" styles, paragraphs, tables as real Word
/// tables, every row as wide as the table (a shorter row ends in empty cells, as Word draws it).
/// </summary>
internal static class WordRoundTripWriter
{
    public static byte[] Write(SourceDocument document) =>
        Create(document.Blocks.Select(Element).OfType<OpenXmlElement>().ToArray());

    private static OpenXmlElement? Element(Block block) => block switch
    {
        HeadingBlock h => P(h.Text, Math.Clamp(h.Level, 1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ParagraphBlock p => P(p.Text),
        TableBlock t => Table(t.Rows.Select(r => Row(r.Cells.Select(c => Cell(c.Text, c.ColumnSpan)).Concat(EmptyCells(t.ColumnCount - Width(r))).ToArray())).ToArray()),
        _ => null,
    };

    private static int Width(SourceRow row) => row.Cells.Count == 0 ? 0 : row.Cells.Max(c => c.Column + c.ColumnSpan);

    private static IEnumerable<DocumentFormat.OpenXml.Wordprocessing.TableCell> EmptyCells(int count) => Enumerable.Range(0, count).Select(_ => Cell(string.Empty));
}
