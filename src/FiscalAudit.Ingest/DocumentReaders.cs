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
    });

    /// <summary>File extensions a folder search picks up.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".text", ".pdf", ".docx", ".xlsx" };

    /// <summary>Reads a file; any failure becomes a <see cref="DocumentReadException"/> naming the file.</summary>
    public SourceDocument Read(string path)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DocumentReadException($"无法打开文件“{path}”：{Describe(e)}", e);
        }
        if (content.Length == 0) throw new DocumentReadException($"文件“{path}”为空（0 字节），没有可审核的内容。");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var reader = readers.FirstOrDefault(r => r.CanRead(extension, content.AsSpan(0, Math.Min(content.Length, 16))))
            ?? throw new DocumentReadException($"文件“{path}”的格式（{(extension.Length == 0 ? "无扩展名" : extension)}）暂不支持；支持 .txt .md .pdf .docx .xlsx。");
        try
        {
            return reader.Read(path, content);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new DocumentReadException($"读取文件“{path}”（{reader.Format}）失败：文件可能已损坏或格式不正确（{Describe(e)}）。", e);
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
