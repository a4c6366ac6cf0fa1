using DocumentFormat.OpenXml;
using FiscalAudit.Core.Documents;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Office.RoundTrip;

/// <summary>Writes a <see cref="SourceDocument"/> as .docx: headings with "heading N" styles, paragraphs, tables as real Word tables.</summary>
internal static class WordRoundTripWriter
{
    public static byte[] Write(SourceDocument document) =>
        Create(document.Blocks.Select(Element).OfType<OpenXmlElement>().ToArray());

    private static OpenXmlElement? Element(Block block) => block switch
    {
        HeadingBlock h => P(h.Text, Math.Clamp(h.Level, 1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ParagraphBlock p => P(p.Text),
        TableBlock t => Table(t.Rows.Select(r => Row(r.Cells.Select(c => Cell(c.Text, c.ColumnSpan)).ToArray())).ToArray()),
        _ => null,
    };
}
