using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>
/// Objects stored compressed inside object streams, edited: the file gets an incremental update (appended objects, a
/// cross-reference section and a trailer whose /Prev is the file's last one) holding an uncompressed copy of each, which
/// a reader takes instead of the compressed one. Only plain Flate-compressed object streams of unencrypted files are read.
/// </summary>
public static class ObjectStreamCopies
{
    /// <summary>The content with the copies appended; null when one of the objects cannot be copied.</summary>
    public static byte[]? Append(byte[] content, Structure structure, IReadOnlyList<(IndirectReference Reference, XrefLocation At)> objects, Action<Span<byte>> edit)
    {
        var trailer = structure.Trailer;
        if (objects.Count == 0 || trailer.EncryptionToken is not null || structure.XrefOffset <= 0) return null;
        var streams = new Dictionary<long, byte[][]?>();
        using var output = new MemoryStream(content.Length + 4096);
        output.Write(content);
        Write(output, "\n");
        var entries = new SortedDictionary<long, (long Offset, int Generation)>();
        foreach (var (reference, at) in objects)
        {
            if (at.Type != XrefEntryType.ObjectStream) return null;
            if (!streams.TryGetValue(at.Value1, out var bodies)) streams[at.Value1] = bodies = Bodies(structure, at.Value1);
            if (bodies is null || at.Value2 < 0 || at.Value2 >= bodies.Length) return null;
            var body = (byte[])bodies[at.Value2].Clone();
            edit(body);
            entries[reference.ObjectNumber] = (output.Position, reference.Generation);
            Write(output, $"{reference.ObjectNumber} {reference.Generation} obj\n");
            output.Write(body);
            Write(output, "\nendobj\n");
        }
        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        foreach (var (number, (offset, generation)) in entries) table.Append($"{number} 1\n{offset:D10} {generation:D5} n\r\n");
        table.Append($"trailer\n<< /Size {trailer.Size} /Root {trailer.Root.ObjectNumber} {trailer.Root.Generation} R");
        if (trailer.Info is IndirectReferenceToken info) table.Append($" /Info {info.Data.ObjectNumber} {info.Data.Generation} R");
        table.Append($" /Prev {structure.XrefOffset} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    /// <summary>The objects of an object stream, each as its bytes; null when the stream is not a plain Flate-compressed object stream.</summary>
    private static byte[][]? Bodies(Structure structure, long streamNumber)
    {
        if (structure.GetObject(new IndirectReference(streamNumber, 0))?.Data is not StreamToken stream) return null;
        var dictionary = stream.StreamDictionary.Data;
        if (!dictionary.TryGetValue("Filter", out var filter) || !FlateData.IsFlate(filter) || dictionary.ContainsKey("DecodeParms")) return null;
        if (!dictionary.TryGetValue("N", out var n) || n is not NumericToken count || !dictionary.TryGetValue("First", out var f) || f is not NumericToken first) return null;
        byte[] data;
        using (var inflated = new MemoryStream())
        {
            using (var zlib = new ZLibStream(new MemoryStream(stream.Data.ToArray()), CompressionMode.Decompress)) zlib.CopyTo(inflated);
            data = inflated.ToArray();
        }
        if (first.Int <= 0 || first.Int > data.Length) return null;
        var header = Encoding.ASCII.GetString(data, 0, first.Int).Split((char[])[' ', '\n', '\r', '\t', '\f', '\0'], StringSplitOptions.RemoveEmptyEntries);
        if (header.Length < 2 * count.Int) return null;
        var starts = new int[count.Int];
        for (var i = 0; i < count.Int; i++)
        {
            if (!int.TryParse(header[2 * i + 1], out var offset) || offset < 0 || first.Int + offset > data.Length) return null;
            starts[i] = first.Int + offset;
        }
        return starts.Select((start, i) => data[start..(i + 1 < starts.Length ? Math.Max(start, starts[i + 1]) : data.Length)]).ToArray();
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
