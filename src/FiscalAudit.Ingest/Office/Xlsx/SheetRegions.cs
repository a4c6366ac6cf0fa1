namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>
/// One block of a sheet set apart from the rest by empty cells on every side — a table with its titles, a
/// paragraph — as the columns it occupies on each of its rows.
/// </summary>
internal sealed class SheetRegion(IReadOnlyDictionary<int, List<(int First, int Last)>> spans)
{
    public IEnumerable<int> Rows => spans.Keys.Order();

    public int Top => spans.Keys.Min();

    public int Left => spans.Values.SelectMany(s => s).Min(s => s.First);

    public bool Contains(int row, int column) =>
        spans.TryGetValue(row, out var list) && list.Any(s => s.First <= column && column <= s.Last);
}

/// <summary>
/// Splits a sheet into regions: the used cells (written, or under a merge) connected through their sides
/// or corners, and regions whose bounding boxes overlap (<see cref="JoinOverlapping"/>), and columns kept apart by spacer columns (<see cref="JoinSpacedColumns"/>).
/// Tables printed side by side with an empty column between them, or one under another with an
/// empty row between them, come apart; they are read in order, top to bottom, then left to right.
/// </summary>
internal static class SheetRegions
{
    public static List<SheetRegion> Of(SheetGrid grid)
    {
        var nodes = new List<(int Row, int First, int Last)>();
        foreach (var row in grid.RowNumbers())
            nodes.AddRange(Spans(grid, row).Select(s => (row, s.First, s.Last)));

        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        var byRow = nodes.Select((n, i) => (n, i)).GroupBy(x => x.n.Row).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (row, items) in byRow)
        {
            if (!byRow.TryGetValue(row + 1, out var below)) continue;
            foreach (var (upper, i) in items)
                foreach (var (lower, j) in below.Where(b => b.n.First <= upper.Last + 1 && upper.First - 1 <= b.n.Last))
                    parent[Find(i)] = Find(j);
        }

        JoinOverlapping(nodes, parent, Find);
        JoinSpacedColumns(nodes, parent, Find);
        JoinOverlapping(nodes, parent, Find);
        return nodes.Select((n, i) => (n, Root: Find(i)))
            .GroupBy(x => x.Root)
            .Select(g => new SheetRegion(g.GroupBy(x => x.n.Row).ToDictionary(r => r.Key, r => r.Select(x => (x.n.First, x.n.Last)).ToList())))
            .OrderBy(r => r.Top).ThenBy(r => r.Left)
            .ToList();
    }

    /// <summary>
    /// Joins regions whose bounding boxes overlap: a table's captions that touch it only through a cell its header leaves
    /// unwritten (“单位：万元” over an empty last header cell) share rows and columns with the table, and are read with it
    /// rather than after a table printed beside it.
    /// </summary>
    private static void JoinOverlapping(List<(int Row, int First, int Last)> nodes, int[] parent, Func<int, int> find)
    {
        bool joined;
        do
        {
            joined = false;
            var boxes = Boxes(nodes, find);
            foreach (var a in boxes)
            {
                foreach (var b in boxes.Where(b => b.Root != a.Root && b.Top <= a.Bottom && a.Top <= b.Bottom && b.Left <= a.Right && a.Left <= b.Right))
                {
                    parent[find(a.Root)] = find(b.Root);
                    joined = true;
                }
                if (joined) break;
            }
        }
        while (joined);
    }

    /// <summary>
    /// Joins a region one column wide to a region beside it across one empty column when each shares at least half its rows with the
    /// other, or, both one column wide, when its rows are all rows of the other (<see cref="Within"/>): a table whose columns a publisher keeps apart with empty spacer columns (unruled,
    /// nothing written in them) falls apart into one column a region, which no table printed beside another does (a table has at least a
    /// name and an amount column; its captions stacked in one column run over fewer rows than the table beside them). The pairs are taken
    /// from the regions as found, before any is joined, so that the columns of one table all come together.
    /// </summary>
    private static void JoinSpacedColumns(List<(int Row, int First, int Last)> nodes, int[] parent, Func<int, int> find)
    {
        var boxes = Boxes(nodes, find);
        var pairs = (from a in boxes
                     from b in boxes
                     where b.Left == a.Right + 2 && (a.Left == a.Right || b.Left == b.Right)
                     let shared = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) + 1
                     where (shared * 2 >= a.Bottom - a.Top + 1 && shared * 2 >= b.Bottom - b.Top + 1) || Within(a, b) || Within(b, a)
                     select (a.Root, b.Root)).ToList();
        foreach (var (a, b) in pairs) parent[find(a)] = find(b);
    }

    /// <summary>
    /// True when <paramref name="column"/> and <paramref name="beside"/> are each one column wide and the first runs over none but rows of
    /// the second: the columns of a panel shorter than the panel beside it, both kept apart by spacers (表六's third panel, 310 资本性支出 and
    /// 399 其他支出 over five rows of the twenty of 人员经费 and 公用经费). A table printed beside another is wider than one column.
    /// </summary>
    private static bool Within((int Root, int Top, int Bottom, int Left, int Right) column, (int Root, int Top, int Bottom, int Left, int Right) beside) =>
        column.Left == column.Right && beside.Left == beside.Right && column.Top >= beside.Top && column.Bottom <= beside.Bottom;

    /// <summary>The bounding box of each region as joined so far, by its root.</summary>
    private static List<(int Root, int Top, int Bottom, int Left, int Right)> Boxes(List<(int Row, int First, int Last)> nodes, Func<int, int> find) =>
        nodes.Select((n, i) => (n, Root: find(i))).GroupBy(x => x.Root)
            .Select(g => (Root: g.Key, Top: g.Min(x => x.n.Row), Bottom: g.Max(x => x.n.Row), Left: g.Min(x => x.n.First), Right: g.Max(x => x.n.Last)))
            .ToList();

    /// <summary>
    /// The runs of used columns on one row: every cell the file writes (a table's bordered blanks included, so
    /// a row with one figure far to the right stays in its table) and merged ranges.
    /// </summary>
    private static List<(int First, int Last)> Spans(SheetGrid grid, int row)
    {
        var cells = grid.Rows.TryGetValue(row, out var written) ? written.Keys : Enumerable.Empty<int>();
        var used = cells.Select(c => (First: c, Last: c))
            .Concat(grid.MergesIn(row).Select(m => (First: m.Column, Last: m.Column + m.ColumnSpan - 1)))
            .OrderBy(s => s.First)
            .ToList();
        var runs = new List<(int First, int Last)>();
        foreach (var span in used)
        {
            if (runs.Count > 0 && span.First <= runs[^1].Last + 1) runs[^1] = (runs[^1].First, Math.Max(runs[^1].Last, span.Last));
            else runs.Add(span);
        }
        return runs;
    }
}
