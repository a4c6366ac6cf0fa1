using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest;

/// <summary>
/// Converters (Word or PDF to HTML/Markdown) and Word authors often put a table's title, “公开01表”,
/// “部门：…”, “单位：万元” and the notes under it into the table itself as rows of one cell merged across
/// the whole width. Such rows at the top or the bottom of a table are text, not table rows: they are
/// taken out as paragraphs before and after the table. A row that names a panel (表六 “人员经费” over its rows,
/// <see cref="Core.Data.TableSides.Panels"/>) is the panel's head, not a caption: it stays in the table and gives the rows under it their side.
/// A table of one row whose filled cells are all labelled lines, one stating the money unit (“编制单位：… | 单位：万元” printed as a
/// Word table of its own above the budget table), is such a caption too: its cells are paragraphs.
/// </summary>
public static class TableCaptions
{
    /// <summary>The blocks the table stands for: its leading caption rows, the table without them, its trailing caption rows.</summary>
    public static IEnumerable<Block> Split(TableBlock table)
    {
        if (IsCaptionTable(table)) return table.Rows[0].Cells.Where(c => c.Text.Length > 0).Select(c => ParagraphBlock.FromLine(c.Text, c.Location));
        var width = table.ColumnCount;
        var first = 0;
        while (first < table.Rows.Count && IsCaption(table.Rows[first], width)) first++;
        var last = table.Rows.Count - 1;
        while (last >= first && IsCaption(table.Rows[last], width)) last--;
        if (first == 0 && last == table.Rows.Count - 1) return [table];

        var blocks = new List<Block>();
        blocks.AddRange(table.Rows.Take(first).Select(Paragraph));
        if (last >= first)
        {
            var rows = table.Rows.Skip(first).Take(last - first + 1).ToList();
            blocks.Add(table with { Rows = rows, Location = rows[0].Location.Through(rows[^1].Location) with { Cell = table.Location.Cell } });
        }
        blocks.AddRange(table.Rows.Skip(last + 1).Select(Paragraph));
        return blocks;
    }

    /// <summary>A row whose only cell with text is merged across every column of a table of two or more columns, and names no panel.</summary>
    private static bool IsCaption(SourceRow row, int width)
    {
        var filled = row.Cells.Where(c => c.Text.Length > 0).ToList();
        return width > 1 && filled.Count == 1 && filled[0].ColumnSpan >= width && filled[0].RowSpan == 1 && !TablePanelNames.Is(filled[0].Text);
    }

    /// <summary>One row of labelled cells (“编制单位：…”), one of them stating the money unit (“单位：万元”).</summary>
    private static bool IsCaptionTable(TableBlock table)
    {
        if (table.Rows.Count != 1) return false;
        var filled = table.Rows[0].Cells.Where(c => c.Text.Length > 0).ToList();
        return filled.Count > 0 && filled.All(c => c.Text.IndexOfAny(LabelColons) > 0) && filled.Any(c => Core.Numbers.MoneyUnits.Stated(c.Text) is not null);
    }

    private static readonly char[] LabelColons = ['：', ':'];

    private static ParagraphBlock Paragraph(SourceRow row)
    {
        var cell = row.Cells.First(c => c.Text.Length > 0);
        return ParagraphBlock.FromLine(cell.Text, cell.Location);
    }
}
