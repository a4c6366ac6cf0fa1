namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>The lines of a table laid out with spaces: header lines from <see cref="First"/>, rows from <see cref="Body"/> through <see cref="Last"/> (0-based, inclusive).</summary>
internal sealed record SpacedRegion(int First, int Body, int Last);
