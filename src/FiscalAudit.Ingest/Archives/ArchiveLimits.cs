namespace FiscalAudit.Ingest.Archives;

/// <summary>Limits on what a .zip archive may expand to.</summary>
public sealed record ArchiveLimits
{
    public long MaxTotalBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Expanded size ÷ compressed size above which an entry is taken for a zip bomb.</summary>
    public int MaxRatio { get; init; } = 100;

    public int MaxEntries { get; init; } = 10_000;
}
