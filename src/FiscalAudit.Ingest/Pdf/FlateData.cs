using System.IO.Compression;
using UglyToad.PdfPig.Tokens;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>Streams compressed with Flate alone (the usual compression of content and object streams), and whether their data inflates.</summary>
internal static class FlateData
{
    /// <summary>True when <paramref name="filter"/> (a stream's /Filter) is FlateDecode and nothing else.</summary>
    public static bool IsFlate(IToken filter) =>
        filter is NameToken name ? name.Data == "FlateDecode" : filter is ArrayToken { Length: 1 } array && array[0] is NameToken only && only.Data == "FlateDecode";

    /// <summary>
    /// False when <paramref name="data"/> breaks off as damaged deflate data: inflated as PdfPig does (the two bytes of the
    /// zlib header skipped, the checksum not checked), so what is damaged here is what the reader loses.
    /// </summary>
    public static bool Inflates(ReadOnlyMemory<byte> data)
    {
        if (data.Length <= 2) return data.Length == 0;
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(data[2..].ToArray(), writable: false), CompressionMode.Decompress);
            deflate.CopyTo(Stream.Null);
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
