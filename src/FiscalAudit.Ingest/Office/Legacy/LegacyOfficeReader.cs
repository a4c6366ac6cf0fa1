using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Content;
using FiscalAudit.Ingest.Office.Docx;
using FiscalAudit.Ingest.Office.Xlsx;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Office.Legacy;

/// <summary>
/// Reads the formats of legacy-formats.json (.doc, .wps, .xls, .et, .rtf, .odt, .ods, .fodt, .fods): converted by LibreOffice
/// to .docx or .xlsx and read by <see cref="DocxReader"/> or <see cref="XlsxReader"/> under the original
/// name, so every location names the file as given (with the page, table and cell or sheet and cell the
/// converted file has). The content decides the format: a Word 97-2003 file named .xls is converted as the .doc it is. A
/// bare web-page table saved under the old extension is read as a web page, without converting; a password-protected
/// file is refused at once.
/// </summary>
public sealed class LegacyOfficeReader : IDocumentReader
{
    /// <summary>How long one conversion may take.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(2);

    private readonly LegacyConversion conversion;

    /// <summary>Converts with <paramref name="soffice"/> (null: LibreOffice is not installed) within <paramref name="timeLimit"/> a file.</summary>
    public LegacyOfficeReader(string? soffice, TimeSpan timeLimit)
    {
        conversion = new LegacyConversion(soffice, timeLimit);
    }

    /// <summary>Converts with the soffice on the PATH.</summary>
    public LegacyOfficeReader()
        : this(Soffice.OnPath, DefaultTimeLimit)
    {
    }

    public string Format => "doc/xls";

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => LegacyFormats.For(extension) is not null;

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default)
    {
        var format = LegacyFormats.Of(Path.GetExtension(path), content)
            ?? throw new DocumentReadException($"文件“{path}”不是需要转换的 Office 文件。");
        IDocumentReader converted = format.ConvertTo == "xlsx" ? new XlsxReader() : new DocxReader();
        return format.Recognise(content) switch
        {
            LegacyContent.WebPage => new HtmlReader().Read(path, content, cancellation),
            LegacyContent.Encrypted => throw new DocumentReadException(OfficeEncryption.Refusal(path)),
            LegacyContent.Convertible => converted.Read(path, conversion.Convert(path, content, format, cancellation), cancellation),
            _ => throw new DocumentReadException($"文件“{path}”无法审核：{format.ReasonUnreadable(content)}"),
        };
    }
}
