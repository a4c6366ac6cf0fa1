using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Options for <see cref="GridBuilder"/>.</summary>
/// <param name="SnapTolerance">Ruling ends and positions within this distance are the same grid line.</param>
/// <param name="MinCells">A ruled area with fewer cells (a frame around text) is not a table.</param>
public sealed record GridBuilderOptions(double SnapTolerance = 2.0, int MinCells = 2);

/// <summary>
/// Rulings → tables. Rulings that touch form one table; every distinct ruling position is a grid line;
/// neighbouring grid units with no ruling between them belong to one (merged) cell when they make one drawn rectangle
/// (<see cref="GridFrame"/>).
/// </summary>
public sealed class GridBuilder
{
    private readonly GridBuilderOptions options;

    public GridBuilder(GridBuilderOptions? options = null)
    {
        this.options = options ?? new GridBuilderOptions();
    }

    public IReadOnlyList<PdfGrid> Build(IReadOnlyList<Ruling> rulings)
    {
        var grids = new List<PdfGrid>();
        foreach (var group in ConnectedGroups(rulings))
        {
            if (group.Count(r => r.Horizontal) < 2 || group.Count(r => !r.Horizontal) < 2) continue;
            var grid = BuildGrid(group);
            if (grid is not null && grid.Cells.Count >= options.MinCells) grids.Add(grid);
        }
        return grids.OrderByDescending(g => g.Ys[0]).ToList();
    }

    private List<List<Ruling>> ConnectedGroups(IReadOnlyList<Ruling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var tol = options.SnapTolerance;
        for (var i = 0; i < rulings.Count; i++)
        {
            for (var j = i + 1; j < rulings.Count; j++)
            {
                var a = rulings[i];
                var b = rulings[j];
                var touch = a.Horizontal != b.Horizontal
                    ? a.Covers(b.Position, tol) && b.Covers(a.Position, tol)
                    : Math.Abs(a.Position - b.Position) <= tol && a.From <= b.To + tol && b.From <= a.To + tol;
                if (touch) parent[Find(i)] = Find(j);
            }
        }
        return Enumerable.Range(0, rulings.Count).GroupBy(Find).Select(g => g.Select(i => rulings[i]).ToList()).ToList();
    }

    private PdfGrid? BuildGrid(List<Ruling> group)
    {
        var horizontal = group.Where(r => r.Horizontal).ToList();
        var vertical = group.Where(r => !r.Horizontal).ToList();
        var xs = Snap(vertical.Select(r => r.Position).Concat(horizontal.SelectMany(r => new[] { r.From, r.To })));
        var ys = Enumerable.Reverse(Snap(horizontal.Select(r => r.Position).Concat(vertical.SelectMany(r => new[] { r.From, r.To })))).ToList();
        if (xs.Count < 2 || ys.Count < 2) return null;
        var rows = ys.Count - 1;
        var columns = xs.Count - 1;
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var tol = options.SnapTolerance;
        for (var r = 0; r < rows; r++)
        {
            var midY = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c < columns; c++)
            {
                var midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !vertical.Any(v => Math.Abs(v.Position - xs[c + 1]) <= tol && v.Covers(midY, tol)))
                    parent[Find(r * columns + c)] = Find(r * columns + c + 1);
                if (r + 1 < rows && !horizontal.Any(h => Math.Abs(h.Position - ys[r + 1]) <= tol && h.Covers(midX, tol)))
                    parent[Find(r * columns + c)] = Find((r + 1) * columns + c);
            }
        }
        var frame = new GridFrame(xs, ys, horizontal, vertical, tol);
        var cells = Enumerable.Range(0, rows * columns).GroupBy(Find).SelectMany(g => frame.Cells(g.ToList())).Select(g =>
        {
            var top = g.Min(i => i / columns);
            var bottom = g.Max(i => i / columns);
            var left = g.Min(i => i % columns);
            var right = g.Max(i => i % columns);
            return new GridCell(top, left, bottom - top + 1, right - left + 1, new BoundingBox(xs[left], ys[bottom + 1], xs[right + 1], ys[top]));
        }).OrderBy(c => c.Row).ThenBy(c => c.Column).ToList();
        return new PdfGrid(xs, ys, cells);
    }

    private List<double> Snap(IEnumerable<double> positions)
    {
        var snapped = new List<double>();
        foreach (var p in positions.OrderBy(p => p))
        {
            if (snapped.Count > 0 && p - snapped[^1] <= options.SnapTolerance) continue;
            snapped.Add(p);
        }
        return snapped;
    }
}
