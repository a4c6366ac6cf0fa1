using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest.Office;

/// <summary>
/// Checks the bytes of an Office Open XML file before opening it and turns every failure of the
/// OpenXml SDK into a <see cref="DocumentReadException"/> with a Chinese message naming the file.
/// </summary>
internal static class OfficePackage
{
    private static readonly byte[] ZipMagic = { 0x50, 0x4B };

    /// <summary>
    /// Opens <paramref name="content"/> with <paramref name="open"/> and reads it with <paramref name="read"/>;
    /// <paramref name="kind"/> ("Word"/"Excel") and <paramref name="extension"/> name the format in messages. A package
    /// whose relationships name parts it does not hold is read without them, with a note naming the parts.
    /// </summary>
    public static SourceDocument Read<TPackage>(string path, byte[] content, string kind, string extension, Func<Stream, TPackage> open, Func<TPackage, SourceDocument> read)
        where TPackage : OpenXmlPackage
    {
        CheckMagic(path, content, kind, extension);
        try
        {
            return Opened(content, open, read);
        }
        catch (InvalidOperationException) when (DanglingRelationships.Remove(content) is { } repaired)
        {
            var parts = string.Join("、", repaired.Missing);
            try
            {
                var document = Opened(repaired.Content, open, read);
                document.Notes.Add(new ReadNote($"文件缺少部件 {parts}（文件内登记了但未包含），已跳过这些部件读取其余内容。", new SourceLocation(path)));
                return document;
            }
            catch (Exception e) when (Convertible(e))
            {
                throw Failure(path, kind, extension, e, $"（缺少部件 {parts}）");
            }
        }
        catch (Exception e) when (Convertible(e))
        {
            throw Failure(path, kind, extension, e, string.Empty);
        }
    }

    private static SourceDocument Opened<TPackage>(byte[] content, Func<Stream, TPackage> open, Func<TPackage, SourceDocument> read)
        where TPackage : OpenXmlPackage
    {
        using var stream = new MemoryStream(content, writable: false);
        using var package = open(stream);
        return read(package);
    }

    private static bool Convertible(Exception e) => e is not DocumentReadException and not OutOfMemoryException and not OperationCanceledException;

    private static DocumentReadException Failure(string path, string kind, string extension, Exception e, string missing) =>
        new($"文件“{path}”不是有效的 {kind} 文档（{extension}），可能已损坏或被截断：{Describe(e)}{missing}", e);

    private static void CheckMagic(string path, byte[] content, string kind, string extension)
    {
        if (content.Length == 0)
            throw new DocumentReadException($"文件“{path}”为空（0 字节），没有可审核的内容。");
        if (OfficeEncryption.IsEncrypted(content)) throw new DocumentReadException(OfficeEncryption.Refusal(path));
        var own = ContentSignatures.OfficeByExtension(extension)!;
        var foreign = !content.AsSpan().StartsWith(ZipMagic) || ZipContent.Of(content) is { } zip && !own.IsIn(zip);
        if (foreign && ContentMismatch.Refusal(path, own.Name, content) is string mismatch) throw new DocumentReadException(mismatch);
        if (!content.AsSpan().StartsWith(ZipMagic))
            throw new DocumentReadException($"文件“{path}”的扩展名是 {extension}，但内容不是 {kind} 文档（缺少 ZIP 包头“PK”）。");
    }

    private static string Describe(Exception e) => e switch
    {
        OpenXmlPackageException => "文档包结构不符合 Office Open XML 规范",
        XmlException x => $"XML 内容无法解析（第{x.LineNumber}行）",
        InvalidDataException => "ZIP 压缩数据损坏",
        EndOfStreamException => "文件提前结束",
        InvalidOperationException => "文档包中登记的部件缺失或无法打开",
        _ => "内容无法解析",
    };
}
