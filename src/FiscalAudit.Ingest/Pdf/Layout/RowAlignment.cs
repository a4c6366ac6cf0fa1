namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// How a document's tables without rulings set their cells down rows taller than a line (<see cref="CellPlacement"/>): at the
/// foot of the row, centred down it, or at its top, as the last table part that showed it. A part whose own rows leave the
/// choice open — a table continued at the top of a page with only one or two names wrapped, their lines filling the
/// column — takes it from the part before: the rest of the same table, or a table of the same sheet. One instance per
/// document read, pages in order.
/// </summary>
public sealed class RowAlignment
{
    /// <summary>The placement the document's tables have shown, or null when none has yet.</summary>
    public CellPlacement? Shown { get; private set; }

    /// <summary>
    /// The placement of a table part whose unambiguous rows show <paramref name="foot"/> names at the foot of their row,
    /// <paramref name="centre"/> centred and <paramref name="top"/> at the top: the most frequent one, remembered for the parts
    /// after it; on a tie, the one shown before (centred when none was).
    /// </summary>
    public CellPlacement Decide(int foot, int centre, int top)
    {
        var votes = new (CellPlacement Placement, int Rows)[] { (CellPlacement.Foot, foot), (CellPlacement.Centre, centre), (CellPlacement.Top, top) }
            .OrderByDescending(v => v.Rows).ToList();
        if (votes[0].Rows > votes[1].Rows) Shown = votes[0].Placement;
        return Shown ?? CellPlacement.Centre;
    }

    /// <summary>
    /// The cells of the last 绩效自评 indicator header a table part printed (<see cref="IndicatorHeaderColumns"/>): the columns of the form's
    /// indicator table on the pages it goes on over without its header.
    /// </summary>
    internal List<(double Left, double Right)>? IndicatorHeader { get; set; }
}
