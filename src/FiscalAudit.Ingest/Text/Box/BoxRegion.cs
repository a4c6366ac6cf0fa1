namespace FiscalAudit.Ingest.Text.Box;

/// <summary>The lines of a box-drawn table, <see cref="First"/> through <see cref="Last"/> (0-based, inclusive).</summary>
internal sealed record BoxRegion(int First, int Last);
