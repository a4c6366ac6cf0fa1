using System.Text;

namespace FiscalAudit.Ingest.Office.Legacy;

/// <summary>What the bytes of a file with a legacy Office extension really hold.</summary>
public enum LegacyContent
{
    /// <summary>Nothing this format is published as: damaged, or another file renamed.</summary>
    Unrecognised,

    /// <summary>The binary format (an OLE compound file with the format's stream) or a text form (RTF, XML) LibreOffice converts.</summary>
    Convertible,

    /// <summary>An Office Open XML package saved under the old extension: read as it is.</summary>
    OfficeOpenXml,

    /// <summary>A web page saved under the old extension (sites export tables so): read as a web page.</summary>
    WebPage,
}

/// <summary>
/// A legacy Office format (.doc, .wps, .xls, .et) as legacy-formats.json describes it: its Chinese name,
/// the format LibreOffice converts it to, and how its content is recognised.
/// </summary>
public sealed record LegacyFormat(string Extension, string Name, string ConvertTo, IReadOnlyList<string> Streams, IReadOnlyList<string> TextStarts)
{
    private static readonly byte[] CompoundFileMagic = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    private static readonly byte[] ZipMagic = "PK\u0003\u0004"u8.ToArray();

    /// <summary>How many leading bytes are looked at for a text form.</summary>
    private const int TextWindow = 1024;

    /// <summary>What <paramref name="content"/> is for this format.</summary>
    public LegacyContent Recognise(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(CompoundFileMagic))
        {
            foreach (var stream in Streams)
                if (HasStream(content, stream)) return LegacyContent.Convertible;
            return LegacyContent.Unrecognised;
        }
        if (content.StartsWith(ZipMagic)) return LegacyContent.OfficeOpenXml;
        var start = TextStart(content);
        if (LegacyFormats.WebPageStarts.Any(w => start.StartsWith(w, StringComparison.OrdinalIgnoreCase))) return LegacyContent.WebPage;
        return TextStarts.Any(t => start.StartsWith(t, StringComparison.OrdinalIgnoreCase)) ? LegacyContent.Convertible : LegacyContent.Unrecognised;
    }

    /// <summary>Why <paramref name="content"/> cannot be read as this format (Chinese, with what to do); null when it can.</summary>
    public string? ReasonUnreadable(ReadOnlySpan<byte> content) => Recognise(content) == LegacyContent.Unrecognised
        ? $"扩展名是 {Extension}，但内容不是{Name}：可能已损坏，或是改了扩展名的其他文件。请用 WPS 或 Office 打开后另存为 .{ConvertTo} 或 .pdf 再审核。"
        : null;

    /// <summary>
    /// True when the compound file's directory names <paramref name="stream"/>: directory entries hold
    /// their names in UTF-16LE, ended by a NUL character.
    /// </summary>
    private static bool HasStream(ReadOnlySpan<byte> content, string stream) =>
        content.IndexOf(Encoding.Unicode.GetBytes(stream + "\0")) >= 0;

    private static string TextStart(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, TextWindow)]);
        return head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
    }
}
