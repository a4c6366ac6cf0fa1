namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Where a table without rulings sets its cells down rows taller than a line (<see cref="RowAlignment"/>).</summary>
public enum CellPlacement
{
    /// <summary>Centred down the row: as many lines of a wrapped name over its figures as under them.</summary>
    Centre,

    /// <summary>At the foot of the row: a wrapped name's last line beside the figures, its other lines over them.</summary>
    Foot,

    /// <summary>At the top of the row (a word processor's table): a wrapped name's first line beside the figures, its other lines under them.</summary>
    Top,
}
