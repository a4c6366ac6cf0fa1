namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// How a document's tables without rulings set their cells down rows taller than a line: at the foot of the row (a
/// wrapped name's lines over its figures) or centred down it, as the last table part that showed it. A part whose own
/// rows leave the choice open — a table continued at the top of a page with only one or two names wrapped, their lines
/// filling the column — takes it from the part before: the rest of the same table, or a table of the same sheet. One
/// instance per document read, pages in order.
/// </summary>
public sealed class RowAlignment
{
    /// <summary>Cells at the foot of their rows (true), centred (false), or not yet shown (null).</summary>
    public bool? Footed { get; private set; }

    /// <summary>
    /// The alignment of a table part whose unambiguous rows show <paramref name="foot"/> names at the foot of their row and
    /// <paramref name="centre"/> centred: the more frequent one, remembered for the parts after it; on a tie, the one shown
    /// before (centred when none was).
    /// </summary>
    public bool Decide(int foot, int centre)
    {
        if (foot != centre) Footed = foot > centre;
        return Footed ?? false;
    }
}
