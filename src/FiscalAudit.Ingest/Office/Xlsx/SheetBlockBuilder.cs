using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>
/// Turns one sheet into blocks: a level-1 heading with the sheet name, then rows in order. A row with a
/// single non-empty cell is text (titles such as “收入支出决算总表”, “公开01表”, “金额单位：万元”)
/// when that cell is merged across at least half the sheet's width, when no table is running (the
/// row above is not a table row), or when the row has no other cell at all; text is a level-2 heading
/// when its font is bold or large, else a paragraph. A single value with blank (bordered) cells beside
/// it inside a running table stays a table row ("合计" of an empty table). A row of captions spread over the
/// width (“部门：…　2020年度　金额单位：万元”, <see cref="CaptionText"/>) is text too, a paragraph a cell. Other non-empty rows are
/// table rows; contiguous table rows form one <see cref="TableBlock"/> whose columns start at its
/// leftmost used column, without the columns none of its rows writes in (spacer columns); an empty or missing row ends a table. The sheet is read region by region
/// (<see cref="SheetRegions"/>), so tables printed side by side are read one after the other.
/// </summary>
internal sealed class SheetBlockBuilder
{
    private readonly string file;
    private readonly SheetGrid grid;
    private readonly List<int> tableRows = new();
    private SheetRegion region = null!;
    private int regionWidth;

    private SheetBlockBuilder(string file, SheetGrid grid)
    {
        this.file = file;
        this.grid = grid;
    }

    public List<Block> Blocks { get; } = new();

    public List<TextLine> Lines { get; } = new();

    public List<ReadNote> Notes { get; } = new();

    public static SheetBlockBuilder Build(string file, SheetGrid grid)
    {
        var builder = new SheetBlockBuilder(file, grid);
        builder.Run();
        return builder;
    }

    private void Run()
    {
        var title = new SourceLocation(file, Cell: $"{grid.Name}!A1");
        Blocks.Add(new HeadingBlock(grid.Name, 1, title));
        Lines.Add(new TextLine(grid.Name, title));
        foreach (var row in grid.RowNumbers()) NoteFormulasWithoutValue(row);
        foreach (var next in SheetRegions.Of(grid))
        {
            region = next;
            var used = region.Rows.SelectMany(Visible).ToList();
            regionWidth = used.Count == 0 ? 0 : used.Max(c => c.Column + (grid.MergeAt(c.Row, c.Column)?.ColumnSpan ?? 1)) - used.Min(c => c.Column);
            ReadRegion();
        }
    }

    /// <summary>The region's non-empty shown cells on a row.</summary>
    private List<GridCell> Visible(int row) => grid.Visible(row).Where(c => region.Contains(row, c.Column)).ToList();

    private void ReadRegion()
    {
        foreach (var row in region.Rows)
        {
            var visible = Visible(row);
            var coveredFromAbove = grid.MergesIn(row).Any(m => m.Row < row && region.Contains(row, m.Column));
            if (visible.Count == 0 && !coveredFromAbove)
            {
                FlushTable();
            }
            else if (visible.Count == 1 && !coveredFromAbove && IsTextRow(visible[0]))
            {
                FlushTable();
                AddText(visible[0]);
            }
            else if (!coveredFromAbove && IsCaptionRow(visible))
            {
                FlushTable();
                visible.ForEach(AddText);
            }
            else
            {
                if (tableRows.Count > 0 && tableRows[^1] != row - 1) FlushTable();
                tableRows.Add(row);
            }
        }
        FlushTable();
    }

    private bool IsTextRow(GridCell cell)
    {
        var merge = grid.MergeAt(cell.Row, cell.Column);
        if (merge is { ColumnSpan: > 1 } && merge.ColumnSpan * 2 >= regionWidth) return true;
        if (tableRows.Count == 0 || tableRows[^1] != cell.Row - 1) return true;
        return grid.Rows[cell.Row].Values.Where(c => region.Contains(c.Row, c.Column)).All(c => c == cell || merge?.Covers(c.Row, c.Column) == true);
    }

    /// <summary>Captions spread over a row (“部门：…”, “2020年度”, “金额单位：万元”): text, not a row of the table under them.</summary>
    private static bool IsCaptionRow(List<GridCell> visible) => CaptionText.IsCaptionRow(visible.Select(c => c.Value.Text).ToList());

    /// <summary>A text cell: a heading when bold or large, else a paragraph; a cell of several paragraphs (<see cref="XlsxCellValue.Paragraphs"/>) gives a paragraph each.</summary>
    private void AddText(GridCell cell)
    {
        var location = CellLocation(cell.Row, cell.Column);
        var paragraphs = cell.Value.Paragraphs();
        foreach (var text in paragraphs)
        {
            Lines.Add(new TextLine(text, location));
            Blocks.Add(cell.Prominent && paragraphs.Count == 1
                ? new HeadingBlock(text, 2, location)
                : ParagraphBlock.FromLine(text, location));
        }
    }

    private void FlushTable()
    {
        if (tableRows.Count == 0) return;
        var anchors = tableRows.SelectMany(Visible).ToList();
        var first = anchors.Count == 0 ? 0 : anchors.Min(c => c.Column);
        var last = anchors.Count == 0 ? 0 : anchors.Max(c => c.Column + (grid.MergeAt(c.Row, c.Column)?.ColumnSpan ?? 1) - 1);
        var written = anchors.Select(c => c.Column).ToHashSet();
        var rows = tableRows.Select(r => Row(r, first, last, written)).ToList();
        var range = $"{grid.Name}!{CellAddress.Of(tableRows[0], first)}:{CellAddress.Of(tableRows[^1], last)}";
        Blocks.Add(TableColumnCompaction.Compact(new TableBlock(rows, rows[0].Location.Through(rows[^1].Location) with { Cell = range })));
        tableRows.Clear();
    }

    /// <summary>
    /// A table row's cells from <paramref name="first"/> to <paramref name="last"/>, but those of columns no row of the table writes
    /// anything in (<paramref name="written"/>): spacer columns a publisher leaves between the columns (narrow, unruled) are no columns of
    /// the table, and <see cref="TableColumnCompaction"/> drops them with the merges over them.
    /// </summary>
    private SourceRow Row(int row, int first, int last, HashSet<int> written)
    {
        var cells = new List<SourceCell>();
        for (var column = first; column <= last; column++)
        {
            var merge = grid.MergeAt(row, column);
            if (merge is not null && (merge.Row != row || merge.Column != column)) continue;
            if (!written.Contains(column)) continue;
            var cell = grid.Rows.TryGetValue(row, out var byColumn) && byColumn.TryGetValue(column, out var c) ? c : null;
            cells.Add(new SourceCell(
                cell?.Value.Text ?? string.Empty,
                column - first,
                CellLocation(row, column),
                merge?.ColumnSpan ?? 1,
                merge?.RowSpan ?? 1,
                cell?.Value.Stored));
        }
        var location = new SourceLocation(file, Line: row, Cell: $"{grid.Name}!{CellAddress.Of(row, first)}:{CellAddress.Of(row, last)}");
        Lines.Add(new TextLine(string.Join('\t', cells.Select(c => c.Text)), location));
        return new SourceRow(cells, location);
    }

    private void NoteFormulasWithoutValue(int row)
    {
        if (!grid.Rows.TryGetValue(row, out var cells)) return;
        foreach (var cell in cells.Values.Where(c => c.Value.HasFormulaWithoutValue))
            Notes.Add(new ReadNote("单元格是公式但文件未保存计算结果，按空白读取；请在 Excel 中重新计算并保存。", CellLocation(row, cell.Column)));
    }

    private SourceLocation CellLocation(int row, int column) =>
        new(file, Line: row, Cell: $"{grid.Name}!{CellAddress.Of(row, column)}");
}
