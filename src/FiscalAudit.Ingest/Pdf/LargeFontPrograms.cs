using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>
/// Large embedded font programs the reader need not parse. A composite (Type0) font with a ToUnicode map gives its
/// characters from that map and its advances from the /W widths; its program only gives each glyph's outline box, and
/// parsing a large CJK program (one 4 MB CFF font took half of a 25-page file's reading time) costs more than the rest
/// of the file. Such programs are hidden by renaming their key in the font descriptor (/FontFile2 → /FontFileX: same
/// length, so the cross-reference offsets stay right); a descriptor stored in an object stream is copied, renamed, into
/// an incremental update appended to the file (<see cref="ObjectStreamCopies"/>). The glyph boxes of such a font then fall back to its bounding box, which <see cref="PdfPageSource"/> narrows to the glyph.
/// </summary>
public static class LargeFontPrograms
{
    /// <summary>Programs at least this long (uncompressed when the file says so, else as stored) are hidden.</summary>
    private const long LargeProgram = 1 << 20;

    private static readonly string[] ProgramKeys = ["FontFile", "FontFile2", "FontFile3"];

    /// <summary>The content with the large programs hidden; the content itself when there is none or the file cannot be looked through.</summary>
    public static byte[] Hide(byte[] content, ParsingOptions options)
    {
        try
        {
            using var pdf = PdfDocument.Open(content, options);
            var structure = pdf.Structure;
            var offsets = structure.CrossReferenceTable.ObjectOffsets;
            var patched = content;
            var compressed = new List<(IndirectReference, XrefLocation)>();
            foreach (var reference in offsets.Keys)
            {
                if (StructureTokens.Resolve(structure, new IndirectReferenceToken(reference)) is not DictionaryToken font || !IsComposite(font)) continue;
                if (!font.Data.ContainsKey(NameToken.ToUnicode.Data) || Descriptor(structure, font) is not { } descriptor) continue;
                if (!offsets.TryGetValue(descriptor, out var at) || !HasLargeProgram(structure, descriptor)) continue;
                if (at.Type == XrefEntryType.ObjectStream) compressed.Add((descriptor, at));
                if (at.Type != XrefEntryType.File || at.Value1 <= 0 || at.Value1 >= content.Length) continue;
                if (ReferenceEquals(patched, content)) patched = (byte[])content.Clone();
                Rename(patched.AsSpan((int)at.Value1));
            }
            return compressed.Count == 0 ? patched : ObjectStreamCopies.Append(patched, structure, compressed, body => Rename(body)) ?? patched;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return content; // the reader reports what is wrong with the file
        }
    }

    private static bool IsComposite(DictionaryToken font) =>
        font.Data.TryGetValue(NameToken.Type.Data, out var type) && type.Equals(NameToken.Font)
        && font.Data.TryGetValue(NameToken.Subtype.Data, out var subtype) && subtype.Equals(NameToken.Type0);

    /// <summary>The reference of the descriptor of the font's descendant; null when it is not an indirect object.</summary>
    private static IndirectReference? Descriptor(Structure structure, DictionaryToken font)
    {
        if (!font.Data.TryGetValue(NameToken.DescendantFonts.Data, out var descendants)) return null;
        if (StructureTokens.Resolve(structure, descendants) is not ArrayToken { Length: > 0 } array) return null;
        if (StructureTokens.Resolve(structure, array[0]) is not DictionaryToken descendant) return null;
        return descendant.Data.TryGetValue(NameToken.FontDescriptor.Data, out var d) && d is IndirectReferenceToken r ? r.Data : null;
    }

    private static bool HasLargeProgram(Structure structure, IndirectReference descriptor)
    {
        if (StructureTokens.Resolve(structure, new IndirectReferenceToken(descriptor)) is not DictionaryToken d) return false;
        foreach (var key in ProgramKeys)
        {
            if (!d.Data.TryGetValue(key, out var program) || StructureTokens.Resolve(structure, program) is not StreamToken stream) continue;
            var length = stream.StreamDictionary.Data.TryGetValue("Length1", out var l1) && StructureTokens.Resolve(structure, l1) is NumericToken n ? n.Long : stream.Data.Length;
            if (length >= LargeProgram) return true;
        }
        return false;
    }

    /// <summary>Renames the program keys in the object <paramref name="from"/> starts with (up to its endobj).</summary>
    private static void Rename(Span<byte> from)
    {
        var end = from.IndexOf("endobj"u8);
        var body = end < 0 ? from : from[..end];
        for (var i = body.IndexOf("/FontFile"u8); i >= 0; i = Next(body, i))
        {
            var digit = i + "/FontFile".Length;
            if (digit < body.Length && body[digit] is (byte)'2' or (byte)'3') body[digit] = (byte)'X';
        }
    }

    private static int Next(ReadOnlySpan<byte> body, int from)
    {
        var next = body[(from + 1)..].IndexOf("/FontFile"u8);
        return next < 0 ? -1 : from + 1 + next;
    }
}
