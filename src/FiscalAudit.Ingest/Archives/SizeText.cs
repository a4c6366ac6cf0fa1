namespace FiscalAudit.Ingest.Archives;

/// <summary>A size limit as a reviewer reads it in a message.</summary>
public static class SizeText
{
    /// <summary>"100 MB", "1 GB".</summary>
    public static string Of(long bytes) => bytes >= 1L << 30 && bytes % (1L << 30) == 0
        ? $"{bytes >> 30} GB"
        : $"{Math.Round(bytes / 1048576m, 1)} MB";
}
