using System.IO.Compression;
using System.Text.Json;

namespace FiscalAudit.Web.Application.Content;

/// <summary>What a file's first bytes say it is: its kind (pdf, zip, ole, archive, program, image) and its Chinese name.</summary>
public sealed record ContentSignature(string Kind, string Name, string Hex, int Within)
{
    public const string Pdf = "pdf";
    public const string Zip = "zip";
    public const string Archive = "archive";

    public bool Matches(ReadOnlySpan<byte> head)
    {
        var bytes = Convert.FromHexString(Hex);
        return Within > 0 ? head[..Math.Min(head.Length, Within)].IndexOf(bytes) >= 0 : head.StartsWith(bytes);
    }
}

/// <summary>An Office format by extension: the part every file of it holds (word/document.xml, xl/workbook.xml).</summary>
public sealed record OfficeFormat(string Extension, string Name, string Part);

/// <summary>
/// The data of ContentSignatures.json: the first bytes of the formats a reviewer's upload may really be,
/// and the part that makes a ZIP an Office document of one kind — so a file's type is read from its
/// content, never taken from its extension.
/// </summary>
public static class ContentSignatures
{
    private sealed record Data(ContentSignature[] Signatures, OfficeFormat[] Office);

    private static readonly Data Known = Load();

    /// <summary>The signature the content starts with; null for none (text, or a format not listed).</summary>
    public static ContentSignature? Identify(ReadOnlySpan<byte> head)
    {
        foreach (var signature in Known.Signatures)
            if (signature.Matches(head)) return signature;
        return null;
    }

    public static OfficeFormat? OfficeByExtension(string extension) =>
        Known.Office.FirstOrDefault(f => f.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The Office format a ZIP holds (by its characteristic part); null when it is a plain ZIP or cannot be opened.</summary>
    public static OfficeFormat? OfficeInside(byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            return Known.Office.FirstOrDefault(f => archive.GetEntry(f.Part) is not null);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>True when the content is an archive FiscalAudit would not open as a document: any compressed file but an Office one.</summary>
    public static bool IsArchive(byte[] content) => Identify(content) switch
    {
        { Kind: ContentSignature.Archive } => true,
        { Kind: ContentSignature.Zip } => OfficeInside(content) is null,
        _ => false,
    };

    private static Data Load()
    {
        using var stream = typeof(ContentSignatures).Assembly.GetManifestResourceStream("FiscalAudit.Web.Application.Content.ContentSignatures.json")
            ?? throw new InvalidOperationException("ContentSignatures.json is not embedded");
        var data = JsonSerializer.Deserialize<Data>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("ContentSignatures.json is empty");
        // Bytes at the very start decide before bytes found further in: a ZIP that stores a PDF is a ZIP.
        return data with { Signatures = data.Signatures.OrderBy(s => s.Within > 0).ToArray() };
    }
}
