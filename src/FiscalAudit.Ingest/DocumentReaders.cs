using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest;

/// <summary>
/// Chooses the reader for a file by its content when that is a format FiscalAudit reads (a .docx saved as .xls is read as
/// the Word document it is, and a note says so), otherwise by its extension.
/// </summary>
public sealed class DocumentReaders
{
    private readonly IReadOnlyList<IDocumentReader> readers;

    public DocumentReaders(IReadOnlyList<IDocumentReader> readers)
    {
        this.readers = readers;
    }

    /// <summary>All readers FiscalAudit has.</summary>
    public static DocumentReaders Default { get; } = new(new IDocumentReader[]
    {
        new Pdf.PdfDocumentReader(),
        new Ofd.OfdReader(),
        new Office.Docx.DocxReader(),
        new Office.Xlsx.XlsxReader(),
        new Office.Legacy.LegacyOfficeReader(),
        new Text.HtmlReader(),
        new Text.PlainTextReader(),
        new Text.CsvReader(),
    });

    /// <summary>
    /// The extensions FiscalAudit reads, in the order they are named to a user: the one list a folder search, the upload's
    /// sniffing and the upload page's hint go by.
    /// </summary>
    public static IReadOnlyList<string> Extensions { get; } =
        new[] { ".pdf" }.Concat(Ofd.OfdReader.Extensions)
            .Concat(Office.Docx.DocxReader.Extensions).Concat(Office.Xlsx.XlsxReader.Extensions).Concat(Office.Legacy.LegacyFormats.Extensions)
            .Concat(Text.HtmlReader.Extensions).Concat(Text.PlainTextReader.Extensions).Concat(Text.CsvReader.Extensions)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>File extensions a folder search picks up (<see cref="Extensions"/>).</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>(Extensions, StringComparer.OrdinalIgnoreCase);

    /// <summary>The formats named to a user (in Chinese messages, hints and help): <see cref="Extensions"/>.</summary>
    public static string SupportedList { get; } = string.Join(" ", Extensions);

    /// <summary>Reads a file from disk; any failure becomes a <see cref="DocumentReadException"/> naming the file.</summary>
    public SourceDocument Read(string path) => Read(path, Load(path));

    /// <summary>Loads a file's bytes; a missing or unreadable file becomes a <see cref="DocumentReadException"/>.</summary>
    public static byte[] Load(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DocumentReadException($"无法打开文件“{path}”：{FileErrors.Describe(e)}", e);
        }
    }

    /// <summary>
    /// Reads a document given as bytes; <paramref name="name"/> is what the user calls it (a path or an
    /// uploaded file name): it picks the reader with the first bytes and appears in messages and
    /// locations, and is never opened.
    /// </summary>
    public SourceDocument Read(string name, byte[] content, CancellationToken cancellation = default)
    {
        if (content.Length == 0) throw new DocumentReadException($"文件“{name}”为空（0 字节），没有可审核的内容。");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var readable = ContentSignatures.Readable(content);
        var readAs = readable?.Reading.As ?? extension;
        var reader = readers.FirstOrDefault(r => r.CanRead(readAs, content.AsSpan(0, Math.Min(content.Length, 16))))
            ?? throw new DocumentReadException($"文件“{name}”无法审核：{UnsupportedFormats.ReasonNotChecked(name) ?? "内容与扩展名不符，无法识别格式。"}");
        try
        {
            var document = reader.Read(name, content, cancellation);
            if (readable is not null && !readable.Reading.IsUsualFor(extension)) document.Notes.Insert(0, ReadAsContent(name, extension, readable.Name));
            return document;
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new DocumentReadException($"读取文件“{name}”（{reader.Format}）失败：文件可能已损坏或格式不正确（{FileErrors.Describe(e)}）。", e);
        }
    }

    private static ReadNote ReadAsContent(string name, string extension, string content) =>
        new(extension.Length == 0 ? $"文件没有扩展名，内容是{content}，已按{content}读取。" : $"扩展名为 {extension}，但内容是{content}，已按{content}读取。", new SourceLocation(name));
}
