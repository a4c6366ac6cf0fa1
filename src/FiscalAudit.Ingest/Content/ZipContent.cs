using System.IO.Compression;
using System.Text;

namespace FiscalAudit.Ingest.Content;

/// <summary>
/// What a ZIP package holds, as far as telling its kind needs: its entry names and, for an OpenDocument
/// file, the media type its <c>mimetype</c> entry states and whether its manifest declares encrypted parts.
/// </summary>
public sealed record ZipContent(IReadOnlySet<string> Entries, string? MimeType, bool Encrypted)
{
    private const string MimeTypeEntry = "mimetype";
    private const string ManifestEntry = "META-INF/manifest.xml";

    /// <summary>How an OpenDocument manifest marks a part that is stored encrypted.</summary>
    private const string EncryptionMark = "encryption-data";

    /// <summary>At most this much of the mimetype entry and the manifest is read.</summary>
    private const int EntryLimit = 1 << 20;

    /// <summary>The content of the ZIP in <paramref name="content"/>; null when it is no ZIP or cannot be opened.</summary>
    public static ZipContent? Of(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            var manifest = Text(archive, ManifestEntry);
            return new ZipContent(entries, Text(archive, MimeTypeEntry)?.Trim(), manifest?.Contains(EncryptionMark, StringComparison.Ordinal) == true);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static string? Text(ZipArchive archive, string name)
    {
        if (archive.GetEntry(name) is not { } entry) return null;
        using var stream = entry.Open();
        var buffer = new byte[(int)Math.Min(entry.Length, EntryLimit)];
        stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer);
    }
}
