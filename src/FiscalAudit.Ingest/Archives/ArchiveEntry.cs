namespace FiscalAudit.Ingest.Archives;

/// <summary>
/// One file of an expanded archive: its path inside the archive ("/" separators; null for the archive itself, when it
/// cannot be expanded at all), the bytes actually decompressed, and its content or the Chinese reason it was refused.
/// </summary>
public sealed record ArchiveEntry(string? Path, long Length, byte[]? Content, string? Refusal)
{
    public static ArchiveEntry Accepted(string path, byte[] content) => new(path, content.Length, content, null);

    public static ArchiveEntry Refused(string? path, long length, string reason) => new(path, length, null, reason);
}
