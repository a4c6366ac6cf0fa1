using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Options for <see cref="AlignedTableFinder"/>.</summary>
/// <param name="CellGap">Words further apart than this many font sizes stand in different cells.</param>
/// <param name="RowGap">Lines whose baselines are further apart than this many font sizes are not rows of one table.</param>
/// <param name="MinColumns">Lines with at least this many cells give the columns.</param>
/// <param name="MinRows">A table has at least this many lines with <see cref="MinColumns"/> cells.</param>
public sealed record AlignedTableOptions(double CellGap = 1.0, double RowGap = 2.6, int MinColumns = 3, int MinRows = 2);

/// <summary>
/// Tables printed without ruling lines (from text, WPS or Excel without borders): runs of consecutive lines
/// whose words stand apart in cells. The columns are the x-ranges the cells of the run's fullest lines
/// cover; each line is a row; a cell that reaches over a gap between columns spans them. The result is a
/// grid like a ruled table's, filled by <see cref="CellFiller"/> the same way.
/// </summary>
public sealed class AlignedTableFinder
{
    private readonly AlignedTableOptions options;

    public AlignedTableFinder(AlignedTableOptions? options = null)
    {
        this.options = options ?? new AlignedTableOptions();
    }

    /// <summary>The grids of the aligned tables among <paramref name="lines"/> (top to bottom).</summary>
    public IReadOnlyList<PdfGrid> Find(IReadOnlyList<PdfLine> lines)
    {
        var grids = new List<PdfGrid>();
        var run = new List<(PdfLine Line, List<(double Left, double Right)> Cells)>();
        foreach (var line in lines)
        {
            var cells = Cells(line);
            if (cells.Count < 2 || (run.Count > 0 && run[^1].Line.Baseline - line.Baseline > options.RowGap * line.FontSize))
            {
                Close(run, grids);
                run.Clear();
            }
            if (cells.Count >= 2) run.Add((line, cells));
        }
        Close(run, grids);
        return grids;
    }

    /// <summary>The horizontal extents of a line's cells: its words joined where the gap between them is small.</summary>
    private List<(double Left, double Right)> Cells(PdfLine line)
    {
        var cells = new List<(double Left, double Right)>();
        foreach (var word in line.Words)
        {
            if (cells.Count > 0 && word.Box.Left - cells[^1].Right <= options.CellGap * line.FontSize)
                cells[^1] = (cells[^1].Left, Math.Max(cells[^1].Right, word.Box.Right));
            else cells.Add((word.Box.Left, word.Box.Right));
        }
        return cells;
    }

    private void Close(List<(PdfLine Line, List<(double Left, double Right)> Cells)> run, List<PdfGrid> grids)
    {
        var full = run.Where(r => r.Cells.Count >= options.MinColumns).ToList();
        if (full.Count < options.MinRows) return;
        var columns = Columns(full.SelectMany(r => r.Cells));
        if (columns.Count < options.MinColumns) return;

        var xs = new List<double> { columns[0].Left - 1 };
        for (var c = 1; c < columns.Count; c++) xs.Add((columns[c - 1].Right + columns[c].Left) / 2);
        xs.Add(columns[^1].Right + 1);
        var ys = new List<double> { run[0].Line.Box.Top + 1 };
        for (var r = 1; r < run.Count; r++) ys.Add((run[r - 1].Line.Box.Bottom + run[r].Line.Box.Top) / 2);
        ys.Add(run[^1].Line.Box.Bottom - 1);

        var cells = new List<GridCell>();
        for (var r = 0; r < run.Count; r++)
        {
            var spans = new List<(int First, int Last)>();
            foreach (var (left, right) in run[r].Cells)
            {
                var (first, last) = ColumnsCovered(columns, left, right);
                if (spans.Count > 0 && first <= spans[^1].Last) spans[^1] = (spans[^1].First, Math.Max(spans[^1].Last, last));
                else spans.Add((first, last));
            }
            var covered = spans.SelectMany(s => Enumerable.Range(s.First, s.Last - s.First + 1)).ToHashSet();
            spans.AddRange(Enumerable.Range(0, columns.Count).Where(c => !covered.Contains(c)).Select(c => (c, c)));
            cells.AddRange(spans.OrderBy(s => s.First).Select(s =>
                new GridCell(r, s.First, 1, s.Last - s.First + 1, new BoundingBox(xs[s.First], ys[r + 1], xs[s.Last + 1], ys[r]))));
        }
        grids.Add(new PdfGrid(xs, ys, cells));
    }

    /// <summary>The x-ranges covered by the cells, overlapping ranges joined, left to right.</summary>
    private static List<(double Left, double Right)> Columns(IEnumerable<(double Left, double Right)> cells)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var cell in cells.OrderBy(c => c.Left))
        {
            if (columns.Count > 0 && cell.Left <= columns[^1].Right) columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, cell.Right));
            else columns.Add(cell);
        }
        return columns;
    }

    /// <summary>The columns a cell overlaps; a cell in a gap belongs to the nearest column.</summary>
    private static (int First, int Last) ColumnsCovered(List<(double Left, double Right)> columns, double left, double right)
    {
        var overlapped = Enumerable.Range(0, columns.Count).Where(c => columns[c].Left < right && left < columns[c].Right).ToList();
        if (overlapped.Count > 0) return (overlapped[0], overlapped[^1]);
        var centre = (left + right) / 2;
        var nearest = Enumerable.Range(0, columns.Count).MinBy(c => Math.Min(Math.Abs(columns[c].Left - centre), Math.Abs(columns[c].Right - centre)));
        return (nearest, nearest);
    }
}
