using System.Buffers.Binary;
using System.Text;

namespace FiscalAudit.Ingest.Content;

/// <summary>
/// The directory and the streams of an OLE compound file (the container of .doc, .xls, .wps, .et and of
/// encrypted Office Open XML files), read only as far as needed to name its streams and read the start of
/// one. Every offset and chain is checked against the file, so damaged or hostile bytes give null, never
/// an exception or a loop.
/// </summary>
public sealed class CompoundFile
{
    public static readonly byte[] Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;
    private const int MiniSectorSize = 64;
    private const uint MiniStreamCutoff = 4096;

    private readonly byte[] content;
    private readonly int sectorSize;
    private readonly uint[] fat;
    private readonly Dictionary<string, (uint Start, ulong Size)> streams = new(StringComparer.OrdinalIgnoreCase);
    private (uint Start, ulong Size) miniStream;
    private uint miniFatStart;

    private CompoundFile(byte[] content, int sectorSize, uint[] fat)
    {
        this.content = content;
        this.sectorSize = sectorSize;
        this.fat = fat;
    }

    /// <summary>The names of the file's streams (storages not included).</summary>
    public IEnumerable<string> StreamNames => streams.Keys;

    public bool HasStream(string name) => streams.ContainsKey(name);

    /// <summary>The compound file in <paramref name="content"/>; null when it is none or its header, allocation table or directory is damaged.</summary>
    public static CompoundFile? Open(byte[] content)
    {
        if (content.Length < 512 || !content.AsSpan().StartsWith(Magic)) return null;
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(0x1E));
        if (shift is not (9 or 12)) return null;
        var sectorSize = 1 << shift;
        var fat = ReadFat(content, sectorSize);
        if (fat is null) return null;
        var file = new CompoundFile(content, sectorSize, fat) { miniFatStart = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(0x3C)) };
        return file.ReadDirectory(BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(0x30))) ? file : null;
    }

    /// <summary>The first <paramref name="count"/> bytes (fewer when the stream is shorter) of stream <paramref name="name"/>; null when there is no such stream or it cannot be read.</summary>
    public byte[]? Read(string name, int count)
    {
        if (!streams.TryGetValue(name, out var stream)) return null;
        var length = (int)Math.Min((ulong)count, stream.Size);
        if (stream.Size >= MiniStreamCutoff) return ReadChain(stream.Start, length);
        var miniFat = ReadChain(miniFatStart, int.MaxValue);
        var mini = ReadChain(miniStream.Start, (int)Math.Min(miniStream.Size, int.MaxValue));
        if (miniFat is null || mini is null) return null;
        var miniTable = Enumerable.Range(0, miniFat.Length / 4).Select(i => BinaryPrimitives.ReadUInt32LittleEndian(miniFat.AsSpan(i * 4))).ToArray();
        return Follow(stream.Start, miniTable, length, MiniSectorSize, sector => Slice(mini, (long)sector * MiniSectorSize, MiniSectorSize));
    }

    private ReadOnlyMemory<byte>? SectorBytes(uint sector) => Slice(content, ((long)sector + 1) * sectorSize, sectorSize);

    /// <summary>The <paramref name="size"/> bytes at <paramref name="offset"/>; null when they run past the end.</summary>
    private static ReadOnlyMemory<byte>? Slice(byte[] bytes, long offset, int size)
    {
        if (offset + size > bytes.Length) return null;
        return new ReadOnlyMemory<byte>(bytes, (int)offset, size);
    }

    private bool ReadDirectory(uint start)
    {
        var directory = ReadChain(start, int.MaxValue);
        if (directory is null || directory.Length < DirectoryEntrySize) return false;
        for (var offset = 0; offset + DirectoryEntrySize <= directory.Length; offset += DirectoryEntrySize)
        {
            var entry = directory.AsSpan(offset, DirectoryEntrySize);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
            var type = entry[0x42];
            var location = (BinaryPrimitives.ReadUInt32LittleEndian(entry[0x74..]), BinaryPrimitives.ReadUInt64LittleEndian(entry[0x78..]));
            if (offset == 0) miniStream = location;
            else if (type == 2 && nameLength is >= 2 and <= 64)
                streams.TryAdd(Encoding.Unicode.GetString(entry[..(nameLength - 2)]), location);
        }
        return true;
    }

    private byte[]? ReadChain(uint start, int length) => Follow(start, fat, length, sectorSize, SectorBytes);

    /// <summary>Reads up to <paramref name="length"/> bytes along the chain from <paramref name="start"/> in <paramref name="table"/>; null when the chain leaves the file or loops.</summary>
    private static byte[]? Follow(uint start, uint[] table, int length, int unit, Func<uint, ReadOnlyMemory<byte>?> sector)
    {
        using var bytes = new MemoryStream();
        var current = start;
        for (var steps = 0; current != EndOfChain && bytes.Length < length; steps++)
        {
            if (current >= table.Length || steps > table.Length) return null;
            if (sector(current) is not { } data) return null;
            bytes.Write(data.Span[..(int)Math.Min(unit, length - bytes.Length)]);
            current = table[current];
        }
        return bytes.ToArray();
    }

    /// <summary>The file allocation table: the sectors the header's and the extra DIFAT sectors list, one after another.</summary>
    private static uint[]? ReadFat(byte[] content, int sectorSize)
    {
        var header = content.AsSpan();
        var fatSectors = BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
        var maxSectors = (uint)(content.Length / sectorSize);
        if (fatSectors > maxSectors) return null;
        var locations = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries && locations.Count < fatSectors; i++)
            locations.Add(BinaryPrimitives.ReadUInt32LittleEndian(header[(0x4C + i * 4)..]));
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header[0x44..]);
        for (var steps = 0; locations.Count < fatSectors; steps++)
        {
            var offset = ((long)difat + 1) * sectorSize;
            if (steps > maxSectors || offset + sectorSize > content.Length) return null;
            var perSector = sectorSize / 4 - 1;
            for (var i = 0; i < perSector && locations.Count < fatSectors; i++)
                locations.Add(BinaryPrimitives.ReadUInt32LittleEndian(header[(int)(offset + i * 4)..]));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(header[(int)(offset + perSector * 4)..]);
        }
        var fat = new uint[locations.Count * (sectorSize / 4)];
        for (var s = 0; s < locations.Count; s++)
        {
            var offset = ((long)locations[s] + 1) * sectorSize;
            if (offset + sectorSize > content.Length) return null;
            for (var i = 0; i < sectorSize / 4; i++)
                fat[s * (sectorSize / 4) + i] = BinaryPrimitives.ReadUInt32LittleEndian(header[(int)(offset + i * 4)..]);
        }
        return fat;
    }
}
