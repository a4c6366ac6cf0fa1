namespace FiscalAudit.Web.Storage.Entities;

/// <summary>Uploaded bytes, once per content, kept in the database so a worker elsewhere needs only the connection string.</summary>
public sealed class StoredFile
{
    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The name of the first upload of these bytes: its extension chooses the reader.</summary>
    public string Name { get; set; } = "";

    public long Length { get; set; }

    public byte[] Content { get; set; } = Array.Empty<byte>();

    public DateTime StoredAt { get; set; }
}
