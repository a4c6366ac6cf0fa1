using System.Text;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest.Office.Legacy;

/// <summary>What the bytes of a file with a converted extension really hold.</summary>
public enum LegacyContent
{
    /// <summary>Nothing this format is published as: damaged, or another file renamed.</summary>
    Unrecognised,

    /// <summary>
    /// The binary format (an OLE compound file with the format's stream), an OpenDocument package of the format's media
    /// type or a text form (RTF, XML): LibreOffice converts it.
    /// </summary>
    Convertible,

    /// <summary>A table of a web page saved under the old extension without the page around it (sites export tables so): read as a web page.</summary>
    WebPage,

    /// <summary>Protected by a password: refused at once (a conversion would wait for the password).</summary>
    Encrypted,
}

/// <summary>
/// A format read by converting it with LibreOffice (.doc, .wps, .xls, .et, .rtf, .odt, .ods, .fodt, .fods) as legacy-formats.json
/// describes it: its Chinese name, the format LibreOffice converts it to, and how its content is recognised.
/// </summary>
public sealed record LegacyFormat(string Extension, string Name, string ConvertTo, IReadOnlyList<string> Streams, IReadOnlyList<string> TextStarts)
{
    /// <summary>What <paramref name="content"/> is for this format.</summary>
    public LegacyContent Recognise(byte[] content)
    {
        if (OfficeEncryption.IsEncrypted(content)) return LegacyContent.Encrypted;
        if (content.AsSpan().StartsWith(CompoundFile.Magic))
            return Streams.Any(s => HasStream(content, s)) ? LegacyContent.Convertible : LegacyContent.Unrecognised;
        if (content.AsSpan().StartsWith("PK"u8))
        {
            if (ZipContent.Of(content) is not { } zip) return LegacyContent.Unrecognised;
            // An OpenDocument package of this format (its media type as content-signatures.json gives it).
            return ContentSignatures.OfficeByExtension(Extension)?.IsIn(zip) == true ? LegacyContent.Convertible : LegacyContent.Unrecognised;
        }
        var start = ContentSignatures.TextStart(content);
        if (LegacyFormats.WebPageStarts.Any(w => start.StartsWith(w, StringComparison.OrdinalIgnoreCase))) return LegacyContent.WebPage;
        return TextStarts.Any(t => start.StartsWith(t, StringComparison.OrdinalIgnoreCase)) ? LegacyContent.Convertible : LegacyContent.Unrecognised;
    }

    /// <summary>
    /// Why <paramref name="content"/> cannot be read as this format (Chinese, to follow “文件”, with what to do); null when
    /// it can.
    /// </summary>
    public string? ReasonUnreadable(byte[] content) => Recognise(content) switch
    {
        LegacyContent.Encrypted => OfficeEncryption.Remedy,
        LegacyContent.Unrecognised => ContentMismatch.Reason(Extension, Name, content) is string mismatch
            ? $"{mismatch}也可用 WPS 或 Office 打开后另存为 .{ConvertTo} 或 .pdf 再审核。"
            : $"扩展名是 {Extension}，但内容不是{Name}：可能已损坏，或是改了扩展名的其他文件。请用 WPS 或 Office 打开后另存为 .{ConvertTo} 或 .pdf 再审核。",
        _ => null,
    };

    /// <summary>
    /// True when the compound file's directory names <paramref name="stream"/>: directory entries hold
    /// their names in UTF-16LE, ended by a NUL character (a lenient look; LibreOffice decides the rest).
    /// </summary>
    private static bool HasStream(ReadOnlySpan<byte> content, string stream) =>
        content.IndexOf(Encoding.Unicode.GetBytes(stream + "\0")) >= 0;
}
