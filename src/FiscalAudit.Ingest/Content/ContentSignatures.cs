using System.Text;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Content;

/// <summary>
/// How content of a kind is read: as a file of extension <see cref="As"/>, whatever the file's name; a name whose
/// extension is not one of <see cref="Under"/> (the extensions the kind is published under) is noted.
/// </summary>
public sealed record ContentReading(string As, IReadOnlyList<string> Under)
{
    public bool IsUsualFor(string extension) => Under.Contains(extension, StringComparer.OrdinalIgnoreCase);
}

/// <summary>Content FiscalAudit reads, in Chinese (“Word 文档”), and how it is read.</summary>
public sealed record ReadableContent(string Name, ContentReading Reading);

/// <summary>What a file's first bytes say it is: its kind (pdf, zip, ole, archive, program, image) and its Chinese name.</summary>
public sealed record ContentSignature(string Kind, string Name, string Hex, int Within, ContentReading? Reading)
{
    public const string Pdf = "pdf";
    public const string Zip = "zip";
    public const string Ole = "ole";
    public const string Archive = "archive";

    public bool Matches(ReadOnlySpan<byte> head)
    {
        var bytes = Convert.FromHexString(Hex);
        return Within > 0 ? head[..Math.Min(head.Length, Within)].IndexOf(bytes) >= 0 : head.StartsWith(bytes);
    }
}

/// <summary>
/// A document format stored as a ZIP package, by extension: the part every file of it holds
/// (word/document.xml, xl/workbook.xml) or, for OpenDocument, the media type its mimetype entry states.
/// </summary>
public sealed record OfficeFormat(string Extension, string Name, string Part, string? MimeType, ContentReading? Reading)
{
    public bool IsIn(ZipContent zip) => MimeType is null ? zip.Entries.Contains(Part) : zip.MimeType == MimeType;
}

/// <summary>A compound file's kind by a stream it holds (WordDocument: a Word 97-2003 file).</summary>
public sealed record CompoundKind(string Stream, string Name, ContentReading? Reading);

/// <summary>How a text form of a document begins ({\rtf: an RTF document), and what it must also hold near its start, if anything.</summary>
public sealed record TextKind(string Start, string? Contains, string Name, ContentReading? Reading)
{
    public bool Matches(string start) =>
        start.StartsWith(Start, StringComparison.OrdinalIgnoreCase) && (Contains is null || start.Contains(Contains, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The data of content-signatures.json: the first bytes of the formats a reviewer's file may really be,
/// the part that makes a ZIP an Office document of one kind, the streams that tell compound files apart and
/// how text forms begin — so a file's type is read from its content, never taken from its extension.
/// </summary>
public static class ContentSignatures
{
    private sealed record Data(ContentSignature[] Signatures, OfficeFormat[] Office, CompoundKind[] Compound, TextKind[] Text);

    /// <summary>How many leading bytes are looked at for a text form (a flat OpenDocument file states its media type after its namespaces).</summary>
    private const int TextWindow = 4096;

    private static readonly Data Known = Load();

    /// <summary>The signature the content starts with; null for none (text, or a format not listed).</summary>
    public static ContentSignature? Identify(ReadOnlySpan<byte> head)
    {
        foreach (var signature in Known.Signatures)
            if (signature.Matches(head)) return signature;
        return null;
    }

    /// <summary>The Office package format of <paramref name="extension"/>: its own (.docx) or one it is usually published under (.docm, .xltx).</summary>
    public static OfficeFormat? OfficeByExtension(string extension) =>
        Known.Office.FirstOrDefault(f => f.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase) || f.Reading?.IsUsualFor(extension) == true);

    /// <summary>The Office format a ZIP holds; null when it is a plain ZIP or cannot be opened.</summary>
    public static OfficeFormat? OfficeInside(byte[] zip) => ZipContent.Of(zip) is { } content ? OfficeIn(content) : null;

    public static OfficeFormat? OfficeIn(ZipContent zip) => Known.Office.FirstOrDefault(f => f.IsIn(zip));

    /// <summary>True when the content is an archive FiscalAudit would not open as a document: any compressed file but an Office one.</summary>
    public static bool IsArchive(byte[] content) => Identify(content) switch
    {
        { Kind: ContentSignature.Archive } => true,
        { Kind: ContentSignature.Zip } => OfficeInside(content) is null,
        _ => false,
    };

    /// <summary>
    /// What <paramref name="content"/> really is, in Chinese (“ZIP 压缩包”, “Word 文档”, “Excel 97-2003 表格（.xls）”,
    /// “加密的 Office 文档”, “RTF 文档”); null when it is nothing known, such as damaged bytes or plain text.
    /// </summary>
    public static string? Describe(byte[] content) => Classify(content)?.Name;

    /// <summary>
    /// The content as FiscalAudit reads it when it is a document format it reads (a PDF, a Word or Excel package, a
    /// Word or Excel 97-2003 file, an OpenDocument package or flat file, RTF, a web page); null when it is not (plain
    /// text, damaged bytes, archives, programs, images, presentations, encrypted packages).
    /// </summary>
    public static ReadableContent? Readable(byte[] content) =>
        Classify(content) is { Reading: { } reading } kind ? new ReadableContent(kind.Name, reading) : null;

    private static (string Name, ContentReading? Reading)? Classify(byte[] content)
    {
        var signature = Identify(content);
        switch (signature?.Kind)
        {
            case ContentSignature.Zip:
                if (ZipContent.Of(content) is not { } zip) return null;
                return OfficeIn(zip) is { } office ? (office.Name, office.Reading) : (signature.Name, null);
            case ContentSignature.Ole:
                var file = CompoundFile.Open(content);
                return Known.Compound.FirstOrDefault(k => file?.HasStream(k.Stream) == true) is { } kind ? (kind.Name, kind.Reading) : (signature.Name, null);
            case not null:
                return (signature.Name, signature.Reading);
        }
        var start = TextStart(content);
        return Known.Text.FirstOrDefault(t => t.Matches(start)) is { } text ? (text.Name, text.Reading) : null;
    }

    /// <summary>The start of <paramref name="content"/> as text, after a byte-order mark and white space.</summary>
    public static string TextStart(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, TextWindow)]);
        return head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
    }

    private static Data Load()
    {
        var data = EmbeddedJson.Load<Data>(typeof(ContentSignatures).Assembly, "content-signatures.json", new(System.Text.Json.JsonSerializerDefaults.Web));
        // Bytes at the very start decide before bytes found further in: a ZIP that stores a PDF is a ZIP.
        return data with { Signatures = data.Signatures.OrderBy(s => s.Within > 0).ToArray() };
    }
}
