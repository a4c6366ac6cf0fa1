using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// A table on one page: column boundaries <see cref="Xs"/> (left to right), row boundaries
/// <see cref="Ys"/> (top to bottom) and the cells, merged cells carrying spans. A table found from the
/// alignment of its words, not from rulings, also has the x-ranges its columns' words cover (<see cref="Inks"/>).
/// </summary>
public sealed record PdfGrid(IReadOnlyList<double> Xs, IReadOnlyList<double> Ys, IReadOnlyList<GridCell> Cells, IReadOnlyList<(double Left, double Right)>? Inks = null)
{
    public BoundingBox Box => new(Xs[0], Ys[^1], Xs[^1], Ys[0]);

    public int ColumnCount => Xs.Count - 1;

    public int RowCount => Ys.Count - 1;

    /// <summary>The column standing at <paramref name="x"/>; beyond the grid's edges its outer column (a last panel's figure set right of the others).</summary>
    public int ColumnAt(double x)
    {
        var column = 0;
        while (column + 1 < ColumnCount && Xs[column + 1] <= x) column++;
        return column;
    }
}

/// <summary>A cell of a <see cref="PdfGrid"/>: 0-based top-left grid position, spans and its rectangle.</summary>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, BoundingBox Box)
{
    public bool Contains(double x, double y) => Box.Left <= x && x <= Box.Right && Box.Bottom <= y && y <= Box.Top;
}
