using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest;

/// <summary>Chooses the reader for a file by its extension and first bytes.</summary>
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
        new Text.PlainTextReader(),
        new Pdf.PdfDocumentReader(),
        new Office.Docx.DocxReader(),
        new Office.Xlsx.XlsxReader(),
        new Text.HtmlReader(),
        new Office.Legacy.LegacyOfficeReader(),
    });

    /// <summary>File extensions a folder search picks up.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions =
        new HashSet<string>(new[] { ".txt", ".md", ".markdown", ".text", ".pdf", ".docx", ".xlsx", ".html", ".htm" }.Concat(Office.Legacy.LegacyFormats.Extensions), StringComparer.OrdinalIgnoreCase);

    /// <summary>The formats named to a user (in Chinese messages, hints and help).</summary>
    public const string SupportedList = ".pdf .docx .doc .wps .rtf .odt .xlsx .xls .et .ods .txt .md .html";

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
            throw new DocumentReadException($"无法打开文件“{path}”：{Describe(e)}", e);
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
        var reader = readers.FirstOrDefault(r => r.CanRead(extension, content.AsSpan(0, Math.Min(content.Length, 16))))
            ?? throw new DocumentReadException($"文件“{name}”无法审核：{UnsupportedFormats.ReasonNotChecked(name) ?? "内容与扩展名不符，无法识别格式。"}");
        try
        {
            return reader.Read(name, content, cancellation);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new DocumentReadException($"读取文件“{name}”（{reader.Format}）失败：文件可能已损坏或格式不正确（{Describe(e)}）。", e);
        }
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "文件不存在",
        DirectoryNotFoundException => "路径不存在",
        UnauthorizedAccessException => "没有读取权限",
        _ => e.GetType().Name + ": " + e.Message,
    };
}
