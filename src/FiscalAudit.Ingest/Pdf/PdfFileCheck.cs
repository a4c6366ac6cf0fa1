using System.Text;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>Cheap checks on the raw bytes before parsing, each failure a Chinese message naming the file.</summary>
internal static class PdfFileCheck
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] EndMarker = Encoding.ASCII.GetBytes("%%EOF");

    /// <summary>Where to look for the header (some files carry a few junk bytes first) and the end marker.</summary>
    private const int Window = 1024;

    public static bool HasHeader(ReadOnlySpan<byte> content) => content[..Math.Min(content.Length, Window)].IndexOf(Header) >= 0;

    public static void Ensure(string path, byte[] content)
    {
        if (content.Length == 0) throw new DocumentReadException($"文件“{path}”为空（0 字节），没有可审核的内容。");
        if (!HasHeader(content)) throw new DocumentReadException(ContentMismatch.Refusal(path, "PDF 文件", content) ?? $"文件“{path}”不是 PDF 文件（开头缺少 %PDF 标记），可能已损坏或扩展名有误。");
        var tail = content.AsSpan(Math.Max(0, content.Length - Window));
        if (tail.IndexOf(EndMarker) < 0)
            throw new DocumentReadException($"PDF 文件“{path}”不完整（末尾缺少 %%EOF 结束标记），可能在下载或复制时被截断，请重新获取原文件。");
    }
}
