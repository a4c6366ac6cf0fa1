using System.Buffers.Binary;
using System.Text;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Writes OLE compound files (version 3, 512-byte sectors) as Office saves them: a header, the allocation table, the
/// directory (the root entry and one entry per stream, linked as right siblings under the root) and each stream in
/// sectors of its own. Streams are padded to the 4096 bytes from which a stream leaves the mini stream, so every
/// stream is in regular sectors.
/// </summary>
internal static class TestCompoundFile
{
    private const int SectorSize = 512;
    private const int MinimumStreamSize = 4096;
    private const uint Free = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;

    public static byte[] Create(params (string Name, byte[] Content)[] streams)
    {
        var contents = streams.Select(s => s.Content.Length >= MinimumStreamSize ? s.Content : [.. s.Content, .. new byte[MinimumStreamSize - s.Content.Length]]).ToList();
        var directorySectors = Sectors((streams.Length + 1) * 128);
        var others = directorySectors + contents.Sum(c => Sectors(c.Length));
        var fatSectors = 1;
        while (fatSectors * (SectorSize / 4) < fatSectors + others) fatSectors++;
        var fat = Enumerable.Repeat(Free, fatSectors * (SectorSize / 4)).ToArray();
        for (var i = 0; i < fatSectors; i++) fat[i] = FatSector;
        var next = (uint)fatSectors;
        var directoryStart = Chain(fat, ref next, directorySectors);
        var starts = contents.Select(c => Chain(fat, ref next, Sectors(c.Length))).ToList();

        var file = new byte[(1 + next) * SectorSize];
        WriteHeader(file, fatSectors, directoryStart);
        for (var i = 0; i < fat.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(SectorSize + i * 4), fat[i]);
        var directory = file.AsSpan((int)(1 + directoryStart) * SectorSize);
        WriteEntry(directory, "Root Entry", type: 5, child: streams.Length > 0 ? 1u : Free, right: Free, EndOfChain, 0);
        for (var i = 0; i < streams.Length; i++)
        {
            WriteEntry(directory[((i + 1) * 128)..], streams[i].Name, type: 2, child: Free, right: i + 1 < streams.Length ? (uint)(i + 2) : Free, starts[i], contents[i].Length);
            contents[i].CopyTo(file.AsSpan((int)(1 + starts[i]) * SectorSize));
        }
        return file;
    }

    private static int Sectors(int bytes) => (bytes + SectorSize - 1) / SectorSize;

    private static uint Chain(uint[] fat, ref uint next, int count)
    {
        var start = next;
        for (var i = 0; i < count; i++, next++) fat[next] = i + 1 < count ? next + 1 : EndOfChain;
        return start;
    }

    private static void WriteHeader(Span<byte> file, int fatSectors, uint directoryStart)
    {
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(file);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(file[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x2C..], (uint)fatSectors);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x30..], directoryStart);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x38..], MinimumStreamSize);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(file[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(file[(0x4C + i * 4)..], i < fatSectors ? (uint)i : Free);
    }

    private static void WriteEntry(Span<byte> entry, string name, byte type, uint child, uint right, uint start, int size)
    {
        var encoded = Encoding.Unicode.GetBytes(name + "\0");
        encoded.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)encoded.Length);
        entry[0x42] = type;
        entry[0x43] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], Free);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[0x78..], (ulong)size);
    }
}
