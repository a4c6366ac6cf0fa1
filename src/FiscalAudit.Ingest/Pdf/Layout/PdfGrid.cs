using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// A ruled table on one page: column boundaries <see cref="Xs"/> (left to right), row boundaries
/// <see cref="Ys"/> (top to bottom) and the cells, merged cells carrying spans.
/// </summary>
public sealed record PdfGrid(IReadOnlyList<double> Xs, IReadOnlyList<double> Ys, IReadOnlyList<GridCell> Cells)
{
    public BoundingBox Box => new(Xs[0], Ys[^1], Xs[^1], Ys[0]);

    public int ColumnCount => Xs.Count - 1;

    public int RowCount => Ys.Count - 1;
}

/// <summary>A cell of a <see cref="PdfGrid"/>: 0-based top-left grid position, spans and its rectangle.</summary>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, BoundingBox Box)
{
    public bool Contains(double x, double y) => Box.Left <= x && x <= Box.Right && Box.Bottom <= y && y <= Box.Top;
}
