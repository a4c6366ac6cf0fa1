using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Documents;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office.RoundTrip;

/// <summary>
/// Writes a <see cref="SourceDocument"/> as .docx: headings with "heading N" styles, paragraphs, tables as real Word
/// tables, every row as wide as the table (a shorter row ends in empty cells, as Word draws it) — or, with
/// <c>typedWithTabs</c>, every table row as a paragraph of its cells between tabs (a table pasted as text). With
/// <c>frame</c> "table" each table sits in the one cell of a frame table around it (nested), with "box" in a text box anchored
/// in an empty paragraph, as documents laid out by hand hold them.
/// </summary>
internal static class WordRoundTripWriter
{
    public static byte[] Write(SourceDocument document, bool typedWithTabs = false, string frame = "") =>
        Create(document.Blocks.SelectMany(b => Elements(b, typedWithTabs)).Select(e => e is Table t ? Framed(t, frame) : e).ToArray());

    private static OpenXmlElement Framed(Table table, string frame) => frame switch
    {
        "table" => Table(Row(Cell(table, new Paragraph()))),
        "box" => new Paragraph(new Run(new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(table, new Paragraph())))))),
        _ => table,
    };

    private static IEnumerable<OpenXmlElement> Elements(Block block, bool typedWithTabs) => block switch
    {
        HeadingBlock h => [P(h.Text, Math.Clamp(h.Level, 1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture))],
        ParagraphBlock p => [P(p.Text)],
        TableBlock t when typedWithTabs => t.Rows.Select(TabbedRow),
        TableBlock t => [Table(t.Rows.Select(r => Row(r.Cells.Select(c => Cell(c.Text, c.ColumnSpan)).Concat(EmptyCells(t.ColumnCount - Width(r))).ToArray())).ToArray())],
        _ => [],
    };

    private static OpenXmlElement TabbedRow(SourceRow row) =>
        Runs(row.Cells.SelectMany((c, i) => i == 0 ? [new Text(c.Text)] : new OpenXmlElement[] { new TabChar(), new Text(c.Text) }).ToArray());

    private static int Width(SourceRow row) => row.Cells.Count == 0 ? 0 : row.Cells.Max(c => c.Column + c.ColumnSpan);

    private static IEnumerable<DocumentFormat.OpenXml.Wordprocessing.TableCell> EmptyCells(int count) => Enumerable.Range(0, count).Select(_ => Cell(string.Empty));
}
