using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// Builds .zip archives in memory, including hostile ones: entry names are written as given, and the
/// sizes and counts the headers declare can be rewritten to lie about the content.
/// </summary>
public static class Zips
{
    public static byte[] Of(params (string Name, byte[] Content)[] entries) => Named(null, entries);

    /// <summary>An archive whose entry names are written in <paramref name="names"/> (GBK, as Chinese Windows tools write them) without the UTF-8 flag; UTF-8 when null.</summary>
    public static byte[] Named(Encoding? names, params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, names))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The archive with every entry's uncompressed size, in its local header and its directory record, declared as <paramref name="size"/>.</summary>
    public static byte[] DeclaringSize(byte[] zip, uint size)
    {
        var copy = zip.ToArray();
        for (var at = 0; at + 30 <= copy.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(at));
            if (signature == 0x04034b50) BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(at + 22), size);
            else if (signature == 0x02014b50) BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(at + 24), size);
        }
        return copy;
    }

    /// <summary>The archive with its end record declaring <paramref name="count"/> entries, whatever its directory holds.</summary>
    public static byte[] DeclaringCount(byte[] zip, ushort count)
    {
        var copy = zip.ToArray();
        var end = copy.Length - 22;
        Assert.Equal(0x06054b50u, BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(end)));
        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(end + 8), count);
        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(end + 10), count);
        return copy;
    }
}
