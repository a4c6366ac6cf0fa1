using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using FiscalAudit.Ingest.Archives;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// The ZIP container of an OFD file: its XML parts by path (GB/T 33190 locations: relative to the part that names them,
/// or from the package root when they start with “/”), each unpacked within <see cref="OfdSettings.MaxPartBytes"/>
/// and XML parsed without DTDs. A missing, oversized or malformed part raises <see cref="OfdPartException"/> naming it.
/// </summary>
internal sealed class OfdPackage : IDisposable
{
    private readonly ZipArchive archive;
    private readonly Dictionary<string, ZipArchiveEntry> entries;
    private readonly long maxPartBytes;

    private OfdPackage(ZipArchive archive, long maxPartBytes)
    {
        this.archive = archive;
        this.maxPartBytes = maxPartBytes;
        entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries) entries.TryAdd(Normalize(entry.FullName), entry);
    }

    /// <summary>Opens the package; a damaged or truncated ZIP raises <see cref="InvalidDataException"/>.</summary>
    public static OfdPackage Open(byte[] content, OfdSettings settings) =>
        new(new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read), settings.MaxPartBytes);

    /// <summary>The location <paramref name="location"/> as named in the part <paramref name="from"/>, as a path from the package root.</summary>
    public static string Resolve(string from, string location) =>
        PackagePaths.Resolve(from[..(from.LastIndexOf('/') + 1)], location.Trim().Replace('\\', '/'));

    /// <summary>The root element of the XML part <paramref name="part"/> (a path from the package root).</summary>
    public XElement Xml(string part)
    {
        var bytes = Bytes(part);
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            return XDocument.Load(reader).Root ?? throw new OfdPartException(part, "是空的 XML");
        }
        catch (XmlException e)
        {
            throw new OfdPartException(part, $"不是有效的 XML（第{e.LineNumber}行第{e.LinePosition}列无法解析）");
        }
    }

    /// <summary>The bytes of the part <paramref name="part"/> (an image of a scanned page, or an XML part).</summary>
    public byte[] Bytes(string part)
    {
        if (!entries.TryGetValue(Normalize(part), out var entry)) throw new OfdPartException(part, "不存在（压缩包中没有这一部分）");
        try
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > maxPartBytes) throw new OfdPartException(part, $"解压后超过 {maxPartBytes / (1 << 20)} MB，不予读取");
            }
            return copy.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new OfdPartException(part, "压缩数据已损坏，无法解开");
        }
    }

    private static string Normalize(string name) => name.Replace('\\', '/').TrimStart('/');

    public void Dispose() => archive.Dispose();
}
