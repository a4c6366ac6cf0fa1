namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// Which regions of a grid's units (units no ruling separates) are merged cells. A merged cell is a rectangle drawn
/// all round: a region that is no rectangle, or that reaches an edge of the grid the table rules elsewhere without a
/// ruling along it, lies outside the drawn table — an empty corner beside a short header row, the space below a panel
/// that ends early (its cells unruled), the column a wider last row adds — and each of its units is a cell of its own,
/// so that it never swallows the cells around it nor spans the columns of a header row. An edge the table never
/// rules (a table without outer borders) leaves its cells closed.
/// </summary>
internal sealed class GridFrame
{
    private readonly IReadOnlyList<double> xs;
    private readonly IReadOnlyList<double> ys;
    private readonly IReadOnlyList<Ruling> horizontal;
    private readonly IReadOnlyList<Ruling> vertical;
    private readonly double tolerance;

    /// <param name="ys">Row boundaries, top to bottom.</param>
    public GridFrame(IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<Ruling> horizontal, IReadOnlyList<Ruling> vertical, double tolerance)
    {
        this.xs = xs;
        this.ys = ys;
        this.horizontal = horizontal;
        this.vertical = vertical;
        this.tolerance = tolerance;
    }

    private int Columns => xs.Count - 1;

    private int Rows => ys.Count - 1;

    /// <summary>The cells of a region of units (index row × columns + column): the region itself, or each unit alone.</summary>
    public IEnumerable<IReadOnlyList<int>> Cells(IReadOnlyList<int> units)
    {
        if (units.Count == 1 || (IsRectangle(units) && !units.Any(Open))) return [units];
        return units.Select(u => (IReadOnlyList<int>)[u]);
    }

    private bool IsRectangle(IReadOnlyList<int> units)
    {
        var rows = units.Max(u => u / Columns) - units.Min(u => u / Columns) + 1;
        var columns = units.Max(u => u % Columns) - units.Min(u => u % Columns) + 1;
        return rows * columns == units.Count;
    }

    /// <summary>True when the unit stands at an edge of the grid that is ruled elsewhere but not along the unit.</summary>
    private bool Open(int unit)
    {
        var (row, column) = (unit / Columns, unit % Columns);
        var midX = (xs[column] + xs[column + 1]) / 2;
        var midY = (ys[row] + ys[row + 1]) / 2;
        return (row == 0 && Unruled(horizontal, ys[0], midX))
            || (row == Rows - 1 && Unruled(horizontal, ys[^1], midX))
            || (column == 0 && Unruled(vertical, xs[0], midY))
            || (column == Columns - 1 && Unruled(vertical, xs[^1], midY));
    }

    private bool Unruled(IReadOnlyList<Ruling> rulings, double edge, double along)
    {
        var onEdge = rulings.Where(r => Math.Abs(r.Position - edge) <= tolerance).ToList();
        return onEdge.Count > 0 && !onEdge.Any(r => r.Covers(along, tolerance));
    }
}
