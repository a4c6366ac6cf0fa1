using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// The text-bearing blocks of a document (headings and paragraphs) with their places. A table the document opens with (nothing
/// but headings before it) gives its leading rows that print one text alone too: a workbook saved as a web page (LibreOffice
/// Calc, Excel) prints the whole sheet as one table, its title (“2024年度部门整体支出绩效自评表”, “（2024年度）”) in its first rows.
/// </summary>
internal static class DocumentText
{
    public static IEnumerable<(string Text, SourceLocation Location)> Lines(SourceDocument document)
    {
        var opening = true;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h when h.Text.Length > 0:
                    yield return (h.Text, h.Location);
                    break;
                case ParagraphBlock p when p.Text.Length > 0:
                    opening = false;
                    yield return (p.Text, p.Location);
                    break;
                case TableBlock t when opening:
                    opening = false;
                    foreach (var title in TitleRows(t)) yield return title;
                    break;
            }
        }
    }

    /// <summary>The leading rows of a table that print a single text (no number), up to its first row of several cells.</summary>
    private static IEnumerable<(string Text, SourceLocation Location)> TitleRows(TableBlock table) =>
        table.Rows.Select(r => r.Cells.Where(c => c.Text.Trim().Length > 0).ToList())
            .TakeWhile(cells => cells.Count == 1 && NumberText.Parse(cells[0].Text) is null)
            .Select(cells => (cells[0].Text.Trim(), cells[0].Location));
}
