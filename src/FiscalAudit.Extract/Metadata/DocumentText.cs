using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// The text-bearing blocks of a document (headings and paragraphs) with their places. The document's first table, when nothing
/// but headings stands before it or a heading stands right above it, gives its leading rows that print one text alone too: a
/// workbook saved as a web page (LibreOffice Calc, Excel) prints the whole sheet as one table, its title (“2024年度部门整体支出
/// 绩效自评表”, “（2024年度）”) in its first rows; Calc puts a workbook of several sheets after an overview (the heading “Overview”,
/// a line per sheet name), each sheet under its heading “Sheet 1: …”.
/// </summary>
internal static class DocumentText
{
    public static IEnumerable<(string Text, SourceLocation Location)> Lines(SourceDocument document)
    {
        var (opening, headed, firstTable) = (true, false, true);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h when h.Text.Length > 0:
                    headed = true;
                    yield return (h.Text, h.Location);
                    break;
                case ParagraphBlock p when p.Text.Length > 0:
                    (opening, headed) = (false, false);
                    yield return (p.Text, p.Location);
                    break;
                case TableBlock t:
                    if (firstTable && (opening || headed))
                        foreach (var title in TitleRows(t)) yield return title;
                    (opening, headed, firstTable) = (false, false, false);
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
