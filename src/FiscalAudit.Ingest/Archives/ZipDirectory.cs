using System.Buffers.Binary;

namespace FiscalAudit.Ingest.Archives;

/// <summary>
/// Counts the records of a ZIP archive's central directory by walking them — not by the count the end
/// record declares, which may lie — and stops one past a limit, so that an archive of millions of tiny
/// entries is refused before any entry is read.
/// </summary>
public static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint RecordSignature = 0x02014b50;
    private const int EndLength = 22;
    private const int RecordLength = 46;

    /// <summary>The number of central-directory records, counted up to <paramref name="limit"/> + 1; null when there is no readable directory.</summary>
    public static int? CountEntries(ReadOnlySpan<byte> zip, int limit)
    {
        if (DirectoryStart(zip) is not { } start) return null;
        var count = 0;
        var at = start;
        while (count <= limit && at + RecordLength <= zip.Length && UInt32(zip, at) == RecordSignature)
        {
            count++;
            at += RecordLength + UInt16(zip, at + 28) + UInt16(zip, at + 30) + UInt16(zip, at + 32);
        }
        return count;
    }

    /// <summary>Where the central directory starts: from the end record (its comment may follow it), through the ZIP64 record when the end record overflows.</summary>
    private static long? DirectoryStart(ReadOnlySpan<byte> zip)
    {
        for (var end = zip.Length - EndLength; end >= 0 && end >= zip.Length - EndLength - ushort.MaxValue; end--)
        {
            if (UInt32(zip, end) != EndSignature) continue;
            long start = UInt32(zip, end + 16);
            if (start != uint.MaxValue) return start <= zip.Length ? start : null;
            var locator = end - 20;
            if (locator < 0 || UInt32(zip, locator) != Zip64LocatorSignature) return null;
            var record = BinaryPrimitives.ReadInt64LittleEndian(zip[(locator + 8)..]);
            if (record < 0 || record + 56 > zip.Length || UInt32(zip, (int)record) != Zip64EndSignature) return null;
            var zip64Start = BinaryPrimitives.ReadInt64LittleEndian(zip[((int)record + 48)..]);
            return zip64Start >= 0 && zip64Start <= zip.Length ? zip64Start : null;
        }
        return null;
    }

    private static uint UInt32(ReadOnlySpan<byte> zip, long at) => BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)at..]);

    private static int UInt16(ReadOnlySpan<byte> zip, long at) => BinaryPrimitives.ReadUInt16LittleEndian(zip[(int)at..]);
}
