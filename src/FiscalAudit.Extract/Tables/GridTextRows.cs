using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Lines of text set as rows of a grid: a workbook or a text export prints a table's title and marker as rows of the sheet
/// (“| | 收入支出决算总表 | |” over “| | | | 公开01表”), stacks the tables of a sheet one under the other, and prints the note that a
/// table is empty in a row under it (“说明：本部门没有……故本表无数据。”). Each such row is read as the line of text it is, so that the
/// grid under a title is the table it names and an empty table's note is seen.
/// </summary>
public static class GridTextRows
{
    /// <summary>Words a title row may print besides the title: the title and a marker, or a marker and a unit.</summary>
    private const int MaxCells = 2;

    /// <summary>The blocks with every table block split at its title and note rows, each made a paragraph in its place.</summary>
    public static List<Block> Split(IEnumerable<Block> blocks, TitleMatcher titles) =>
        blocks.SelectMany(b => b is TableBlock table ? Split(table, titles) : new[] { b }).ToList();

    private static IEnumerable<Block> Split(TableBlock table, TitleMatcher titles)
    {
        var parts = new List<Block>();
        var start = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (LineText(table.Rows[r], titles) is not { } text) continue;
            if (r > start) parts.Add(Grid(table.Rows, start, r));
            parts.Add(ParagraphBlock.FromLine(text, table.Rows[r].Location));
            start = r + 1;
        }
        if (start == 0) return new[] { table };
        if (start < table.Rows.Count) parts.Add(Grid(table.Rows, start, table.Rows.Count));
        return parts;
    }

    private static TableBlock Grid(IReadOnlyList<SourceRow> rows, int from, int to) =>
        new(rows.Skip(from).Take(to - from).ToList(), rows[from].Location.Through(rows[to - 1].Location));

    /// <summary>
    /// The row's words when they are a table's title or marker and nothing else (no figure), or, in one cell, the note that a table is
    /// empty; null otherwise.
    /// </summary>
    private static string? LineText(SourceRow row, TitleMatcher titles)
    {
        var texts = row.Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToList();
        if (texts.Count == 0 || texts.Count > MaxCells || texts.Any(t => NumberText.Parse(t) is not null)) return null;
        var text = string.Join(" ", texts);
        return titles.ByTitle(text) is not null || titles.ByMarker(text) is not null || (texts.Count == 1 && NoDataNotes.IsNoDataNote(text)) ? text : null;
    }
}
