using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>Options for <see cref="TableContinuation"/>.</summary>
/// <param name="ColumnTolerance">Column boundaries of two table parts this close (points) are the same column line.</param>
public sealed record TableContinuationOptions(double ColumnTolerance = 3.0);

/// <summary>
/// Decides whether a table at the top of a page continues the table that ended the previous page: every
/// column boundary of the new part must line up with one of the earlier part's. Repeated header rows are dropped.
/// </summary>
public sealed class TableContinuation
{
    private readonly TableContinuationOptions options;

    public TableContinuation(TableContinuationOptions? options = null)
    {
        this.options = options ?? new TableContinuationOptions();
    }

    /// <summary>
    /// For each column of <paramref name="next"/> the first and last column of <paramref name="previous"/> it
    /// stands in, or null when the parts do not line up. Ruled parts line up when their column lines do
    /// (<see cref="MapColumns"/>); parts found from the alignment of their words place their boundaries
    /// in the gaps between columns, which narrower words on one page make wider, and a page may leave a
    /// column blank (the left side of a two-sided table that ended on an earlier page): such a part lines up
    /// when the words of each of its columns stand in a different column of the earlier part, left to right (words beyond
    /// the earlier part's edge in its outer column: a last panel's total set right of the figures above it, also when the part
    /// gives it a column of its own beside the figures of that column).
    /// </summary>
    public (int First, int Last)[]? Map(PdfGrid previous, PdfGrid next)
    {
        if (previous.Inks is null || next.Inks is not { } inks)
        {
            var map = MapColumns(previous.Xs, next.Xs);
            return map is null ? null : Enumerable.Range(0, next.ColumnCount).Select(i => (map[i], map[i + 1] - 1)).ToArray();
        }
        var columns = new (int First, int Last)[inks.Count];
        var last = -1;
        for (var i = 0; i < inks.Count; i++)
        {
            var centre = (inks[i].Left + inks[i].Right) / 2;
            var k = previous.ColumnAt(centre);
            if (k < last || k == last && !Beyond(previous, inks[i])) return null;
            columns[i] = (k, k);
            last = k;
        }
        return columns;
    }

    /// <summary>
    /// A column of a part whose words all stand right of <paramref name="previous"/>'s right edge (a last panel's total set right
    /// of the figures above it, a column of its own on a page without those figures) belongs to the earlier part's outer column,
    /// as the column before it may too.
    /// </summary>
    private static bool Beyond(PdfGrid previous, (double Left, double Right) ink) => ink.Left >= previous.Xs[^1];

    /// <summary>For each boundary in <paramref name="xs"/> the index of the matching boundary in <paramref name="previousXs"/>, or null when they do not line up.</summary>
    public int[]? MapColumns(IReadOnlyList<double> previousXs, IReadOnlyList<double> xs)
    {
        var map = new int[xs.Count];
        var last = -1;
        for (var i = 0; i < xs.Count; i++)
        {
            var j = -1;
            for (var k = last + 1; k < previousXs.Count; k++)
            {
                if (Math.Abs(previousXs[k] - xs[i]) <= options.ColumnTolerance)
                {
                    j = k;
                    break;
                }
            }
            if (j < 0) return null;
            map[i] = last = j;
        }
        return map;
    }

    /// <summary>How many leading rows of the new part repeat the first rows of the earlier part (the header).</summary>
    public static int RepeatedHeaderRows(IReadOnlyList<string> previousRows, IReadOnlyList<string> rows)
    {
        var k = 0;
        while (k < rows.Count && k < previousRows.Count && rows[k] == previousRows[k]) k++;
        return k;
    }
}
