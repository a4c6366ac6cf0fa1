namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>
/// Where text stands on a line laid out with spaces, counted both in characters (<see cref="Start"/>, <see cref="End"/>) and in
/// display columns (<see cref="WideStart"/>, <see cref="WideEnd"/>: a full-width CJK character takes two), since a converter
/// places text by one or the other.
/// </summary>
internal record SpacedExtent(int Start, int End, int WideStart, int WideEnd)
{
    /// <summary>Start or end in the metric asked for.</summary>
    public int From(bool wide) => wide ? WideStart : Start;

    public int To(bool wide) => wide ? WideEnd : End;

    public int Centre(bool wide) => (From(wide) + To(wide)) / 2;
}
